/**
 * PETRARCH's verb codes as decision-layer knowledge (data/events/cameo-classes.tsv, verb-codes.tsv) and
 * institutions after a genitive as subjects (data/events/institutions.tsv), with their must-not-match rows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { codeEvents, eventCandidates } from '../../src/events/index.js';
import { classOfCode, dictionaryCode, loadDictionaryClasses } from '../../src/events/dictionary-class.js';
import type { Event } from '../../src/doc/types.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const dict = loadDictionaryClasses();
const code = (text: string): Event[] => codeEvents(makeDoc({ text, entities: WORLD }), ctx).events;

describe('events: dictionary classes', () => {
  it('maps CAMEO codes to classes by their longest listed prefix', () => {
    assert.equal(classOfCode('111', dict), 'ACCUSE/11');
    assert.equal(classOfCode('084', dict), 'RETREAT/08');
    assert.equal(classOfCode('0811', dict), 'CONCEDE/08');
    assert.equal(classOfCode('163', dict), 'COERCE/16');
    assert.equal(classOfCode('161', dict), 'SANCTION/16');
  });
  it('gives statements (CAMEO 01) no class', () => {
    assert.equal(classOfCode('010', dict), undefined);
    assert.equal(dictionaryCode(['said'], ['said', 'say'], dict), '010');
  });
  it('finds a verb form, then its lemmas', () => {
    assert.equal(classOfCode(dictionaryCode(['extradited'], [], dict)!, dict), 'COOPERATE/06');
    assert.equal(dictionaryCode(['zzzz'], ['zzzz'], dict), undefined);
  });
  it('puts the class on a candidate the cue table does not cover', () => {
    const doc = makeDoc({ text: 'Russia extradited the suspect to Ukraine.', entities: WORLD });
    const verb = eventCandidates(doc, ctx).find((c) => c.view.lower[c.match.tokStart] === 'extradited');
    assert.equal(verb?.dictClass, 'COOPERATE/06');
  });
});

describe('events: institutions after a genitive', () => {
  it("a country's parliament acting makes the country the source", () => {
    const events = code("Russia's parliament demanded that Ukraine withdraw its troops.");
    assert.ok(
      events.some((e) => e.type === 'REQUEST' && e.source === 'russia'),
      JSON.stringify(events.map((e) => [e.type, e.source, e.target])),
    );
  });
  for (const text of [
    "Trump's aides criticized Biden.", // a person's aides are not the person
    "Russia's economy threatened Ukraine's recovery.", // not an institution
  ])
    it(`does not make the genitive the source in "${text}"`, () => {
      const events = code(text);
      assert.ok(
        !events.some((e) => e.source === 'trump' || e.source === 'russia'),
        JSON.stringify(events.map((e) => [e.type, e.source, e.target])),
      );
    });
});
