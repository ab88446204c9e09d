/** The modal feature of an event candidate (src/events/features.ts): which modal governs the cue's verb. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { eventCandidates } from '../../src/events/index.js';
import { candidateFeatures } from '../../src/events/features.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const modalOf = (text: string, word: string): string[] => {
  const c = eventCandidates(makeDoc({ text, entities: WORLD }), ctx).find(
    (x) => x.view.lower[x.match.tokStart] === word,
  );
  assert.ok(c, `${word} is a candidate`);
  return candidateFeatures(c).filter((f) => f.startsWith('modal:'));
};

describe('events: modal feature', () => {
  it('names the modal of the verb group, over adverbs and negation', () => {
    assert.deepEqual(modalOf('Russia must fully cooperate with Ukraine.', 'cooperate'), ['modal:must']);
    assert.deepEqual(modalOf('Putin will not meet Zelensky.', 'meet'), ['modal:will']);
  });
  it('not a modal of another clause, nor none at all', () => {
    assert.deepEqual(modalOf('Xi would say that Putin met Modi.', 'met'), []);
    assert.deepEqual(modalOf('Putin met Modi in Tianjin.', 'met'), []);
  });
});
