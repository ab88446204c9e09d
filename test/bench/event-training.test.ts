/** Training labels of the event decision layer (bench/lib/event-training.ts) on ordinary news shapes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pentaLabels } from '../../bench/lib/event-training.js';
import { createContext } from '../../src/context.js';
import { candidateKept, eventCandidates } from '../../src/events/index.js';
import { NO_EVENT } from '../../src/events/classifier.js';
import { makeDoc } from '../events/make-doc.js';
import { WORLD } from '../events/world.js';

const ctx = createContext();
const TEXT = 'Russia extradited the suspect to Ukraine.';
const candidates = eventCandidates(makeDoc({ text: TEXT, entities: WORLD }), ctx).filter(candidateKept);
const extradited = candidates.findIndex((c) => c.view.lower[c.match.tokStart] === 'extradited');

describe('Multi-CoPED labels', () => {
  it('an uncovered verb of the sentence class gets its dictionary class', () => {
    assert.equal(candidates[extradited]?.kind, 'verb');
    // class 2, material cooperation: CAMEO 06 is in it
    assert.equal(pentaLabels({ text: TEXT, label: 2 }, candidates)[extradited], 'COOPERATE/06');
  });
  it('a statement sentence makes it none, a sentence of another class teaches nothing', () => {
    assert.equal(pentaLabels({ text: TEXT, label: 0 }, candidates)[extradited], NO_EVENT);
    assert.equal(pentaLabels({ text: TEXT, label: 4 }, candidates)[extradited], undefined);
  });
});
