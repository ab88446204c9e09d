/**
 * PETRARCH's verb patterns in the events stage (src/events/verb-patterns.ts): the shipped CAMEO.2.0
 * conversion gives a listed verb its most specific pattern's code, and a user's `--event-dictionaries`
 * verbs reach the engine's candidates.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { eventCandidates } from '../../src/events/index.js';
import { buildVerbPatterns, patternAt } from '../../src/events/verb-patterns.js';
import { loadShippedVerbs } from '../../src/events/dictionaries/shipped-verbs.js';
import { parseVerbs } from '../../src/events/dictionaries/verbs.js';
import { useEventDictionaries } from '../../src/kb/load.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const shipped = buildVerbPatterns([loadShippedVerbs()]);
const at = (sentence: string, word: string): ReturnType<typeof patternAt> => {
  const lower = sentence.toLowerCase().split(' ');
  return patternAt(lower, lower.indexOf(word), shipped);
};

describe('events: verb patterns', () => {
  it('codes a listed verb by its most specific matching pattern, else by the verb alone', () => {
    assert.deepEqual(at('russia accused ukraine of torture', 'accused'), {
      code: '1122',
      specific: true,
      length: 1,
    });
    assert.deepEqual(at('russia accused ukraine', 'accused'), { code: '112', specific: false, length: 1 });
  });
  it('matches synsets on either side of the verb and a preposition group with a synset object', () => {
    // SIGN `* {PEACE &TREATY}` 057, `* &TREATY (ON &DEFENSE)` 0312; ACCELERATE `* &FOOD` 073, `&MILITARY *` 154
    assert.equal(at('russia signed a peace treaty with ukraine', 'signed')?.code, '057');
    assert.equal(at('russia signed a treaty on defense cooperation', 'signed')?.code, '0312');
    assert.equal(at('the government accelerated food deliveries', 'accelerated')?.code, '073');
    assert.equal(at('the army accelerated weapons production', 'accelerated')?.code, '154');
    assert.deepEqual(at('russia signed the deal', 'signed'), { code: '---', specific: false, length: 1 });
  });
  it('keeps a pattern that says no event, and lists nothing for an unknown word', () => {
    assert.equal(at('trump symbolically blamed biden', 'blamed')?.code, '---');
    assert.equal(at('trump zorbled biden', 'zorbled'), undefined);
  });
  it('looks only as far as its window: an object ten words on belongs to another clause', () => {
    const far = 'russia accused ukraine and a b c d e f g h i j of torture';
    assert.equal(at(far, 'accused')?.code, '112');
  });
  it("reads a user's verb dictionary before the shipped one (`--event-dictionaries`)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-verbs-'));
    writeFileSync(
      join(dir, 'Mine.verbs.txt'),
      '--- ZORBLE [042] ---\nZORBLE\n- * SUMMIT [043]\n\n--- ACCUSE [---] ---\nACCUSE [---]\n',
    );
    const ctx = createContext();
    useEventDictionaries(ctx, { dir });
    const candidates = eventCandidates(makeDoc({ text: 'Putin zorbled Trump.', entities: WORLD }), ctx);
    const verb = candidates.find((c) => c.view.lower[c.match.tokStart] === 'zorbled');
    assert.equal(verb?.dictCode, '042');
    assert.equal(verb?.dictClass, 'CONSULT/04');
    // the user's ACCUSE block says no event and wins over the shipped one
    const accuse = eventCandidates(makeDoc({ text: 'Putin accused Trump.', entities: WORLD }), ctx)[0];
    assert.equal(accuse?.dictCode, undefined);
    assert.equal(accuse?.pattern?.code, '---');
  });
  it('parses what the converter wrote back into the reader’s shape', () => {
    const user = parseVerbs('--- ZORBLE [042] ---\nZORBLE\n- * SUMMIT [043]\n');
    const vp = buildVerbPatterns([user]);
    assert.equal(patternAt(['putin', 'zorbles', 'a', 'summit'], 1, vp)?.code, '043');
  });
});
