/**
 * What GDELT users expect on every event: full CAMEO code, Goldstein, QuadClass, and actor codes valid at
 * the publication date — from the KB for known actors, from country and agent words for the others.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import type { Doc, Event } from '../../src/doc/types.js';
import { codeEvents } from '../../src/events/index.js';
import { linkKnowledge } from '../../src/kb/index.js';
import { makeDoc, type DocSpec } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const coded = (spec: DocSpec): Event[] => {
  const doc: Doc = makeDoc(spec);
  return codeEvents(linkKnowledge(doc, ctx), ctx).events;
};

describe('event codes', () => {
  it('gives the meeting CONSULT 040, Goldstein 1.0, QuadClass 1 and the leaders their codes in 2025', () => {
    const [e] = coded({
      text: 'Vladimir Putin will meet Donald Trump in Alaska on Friday.',
      entities: WORLD,
    });
    assert.equal(e?.type, 'CONSULT');
    assert.equal(e?.code, '040');
    assert.equal(e?.goldstein, 1);
    assert.equal(e?.quadClass, 1);
    assert.equal(e?.sourceActor?.code, 'RUSGOV');
    assert.equal(e?.targetActor?.code, 'USAGOV');
  });

  it('takes the finer code CAMEO.2.0 gives the verb, under the same root', () => {
    const [e] = coded({ text: 'Donald Trump blamed Joe Biden.', entities: WORLD });
    assert.equal(e?.cameo, '11');
    assert.equal(e?.code, '112');
    assert.equal(e?.goldstein, -2);
    assert.equal(e?.quadClass, 3);
  });

  it("takes the code of the verb's most specific CAMEO.2.0 pattern where one matches", () => {
    // BLAME's pattern `* &FIGHT [111]` (war is in &FIGHT): criticise or denounce, not the verb's own 112
    const [war] = coded({ text: 'Donald Trump blamed Joe Biden for the war.', entities: WORLD });
    assert.equal(war?.cameo, '11');
    assert.equal(war?.code, '111');
    // ACCUSE's pattern `* (OF TORTURE) [1122]`: a four-digit code
    const [torture] = coded({ text: 'Russia accused Ukraine of torture.', entities: WORLD });
    assert.equal(torture?.code, '1122');
  });

  it('codes unnamed actors by country and agent: Russian troops → RUSMIL, police in Lagos → NGACOP', () => {
    const [attack] = coded({ text: 'Russian troops attacked Kharkiv on Monday.', entities: WORLD });
    assert.equal(attack?.sourceActor?.code, 'RUSMIL');
    const [arrest] = coded({
      text: 'Police in Lagos arrested the protest leader Femi Adeyemi on Tuesday.',
      entities: {
        lagos: { type: 'GPE', names: ['Lagos'], country: 'NG' },
        femi: { type: 'PERSON', names: ['Femi Adeyemi'] },
      },
    });
    assert.equal(arrest?.sourceActor?.code, 'NGACOP');
    assert.equal(arrest?.targetActor?.name, 'Femi Adeyemi', 'an unknown person keeps its entity');
    assert.equal(arrest?.targetActor?.code, undefined, 'and no code the text does not give');
  });

  it('dates roles: Hillary Clinton is USAGOV in 2011, USAELI in 2016', () => {
    const spec = (published: string): DocSpec => ({
      text: 'Hillary Clinton met Angela Merkel in Berlin.',
      published,
      entities: {
        clinton: { type: 'PERSON', names: ['Hillary Clinton'] },
        merkel: { type: 'PERSON', names: ['Angela Merkel'] },
      },
    });
    assert.equal(coded(spec('2011-06-01'))[0]?.sourceActor?.code, 'USAGOV');
    assert.equal(coded(spec('2016-09-12'))[0]?.sourceActor?.code, 'USAELI');
  });
});
