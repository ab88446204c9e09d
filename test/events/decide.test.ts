/** The decision layer's rules around the model (src/events/decide.ts), with a hand-made model. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import type { EventModel } from '../../src/events/classifier.js';
import { decide } from '../../src/events/decide.js';
import { eventCandidates } from '../../src/events/index.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
/** A model that reads every candidate as the one class given. */
const always = (cls: string): EventModel => ({
  classes: ['none', cls],
  weights: { bias: [0, 5] },
  verbThreshold: 0.5,
  dropThreshold: 0.95,
  switchThreshold: 1.01,
  keepThreshold: 0,
  provenance: {},
});
const verb = (text: string, word: string) => {
  const c = eventCandidates(makeDoc({ text, entities: WORLD }), ctx).find(
    (x) => x.view.lower[x.match.tokStart] === word,
  );
  assert.equal(c?.kind, 'verb', `${word} is an uncovered verb`);
  return c!;
};

describe('decide: uncovered verbs against the verb dictionary', () => {
  it('a promise of aid may be coded as intent (AGREE/03), which the dictionary cannot say', () => {
    const give = verb('The United States will give Ukraine a loan.', 'give');
    assert.equal(give.dictClass, 'AID/07');
    assert.equal(decide(give, always('AGREE/03'))?.type, 'AGREE');
  });
  it('an actual giving is not read as a promise', () => {
    const gave = verb('The United States gave Ukraine a loan.', 'gave');
    assert.equal(decide(gave, always('AGREE/03')), undefined);
    assert.equal(decide(gave, always('AID/07'))?.type, 'AID');
  });
  it('a promise is not coded as intent of the other side', () => {
    const give = verb('The United States will give Ukraine a loan.', 'give');
    assert.equal(decide(give, always('THREATEN/13')), undefined);
  });
});

describe('candidates: a catenative verb with its particle is no event of its own', () => {
  it('"is gearing up to test" offers "test", not "gearing"', () => {
    const words = eventCandidates(
      makeDoc({ text: 'Russia is gearing up to test a missile near Ukraine.', entities: WORLD }),
      ctx,
    ).map((c) => c.view.lower[c.match.tokStart]);
    assert.ok(!words.includes('gearing'), words.join(' '));
    assert.ok(words.includes('test'), words.join(' '));
  });
});
