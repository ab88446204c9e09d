/** The CV typing breakdown (bench/lib/event-typing.ts) on hand-made records and a hand-made model. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import type { EventModel } from '../../src/events/classifier.js';
import { eventCandidates } from '../../src/events/index.js';
import { bestEventClass, pentaNothingCoded, ploverTyping } from '../../bench/lib/event-typing.js';
import type { PreparedRecord } from '../../bench/lib/event-training.js';
import { makeDoc } from '../events/make-doc.js';
import { WORLD } from '../events/world.js';

const ctx = createContext();
/** A model sure of `none`, and second most sure of the one class given. */
const noneThen = (cls: string): EventModel => ({
  classes: ['none', 'AID/07', cls],
  weights: { bias: [5, 0, 1] },
  verbThreshold: 0.5,
  dropThreshold: 0.95,
  switchThreshold: 1.01,
  keepThreshold: 0,
  provenance: {},
});

function record(text: string, labels: (c: string) => string | undefined): PreparedRecord {
  const doc = makeDoc({ text, entities: WORLD });
  const candidates = eventCandidates(doc, ctx);
  return {
    doc,
    candidates,
    labels: candidates.map((c) => labels(c.view.lower[c.match.tokStart] ?? '')),
    weight: 1,
  };
}

describe('event typing breakdown', () => {
  it("takes the model's best class other than none, however sure it is of none", () => {
    const r = record('Russia attacked Ukraine.', (w) => (w === 'attacked' ? 'ASSAULT/18' : 'none'));
    assert.equal(bestEventClass(noneThen('ASSAULT/18'), r.candidates[0]!), 'ASSAULT/18');
  });
  it('counts the cue row, the dictionary and the model on the gold candidate, per kind', () => {
    // "attacked" is the cue row ASSAULT/19, conventional force: the gold records' FIGHT
    const r = record('Russia attacked Ukraine.', (w) => (w === 'attacked' ? 'ASSAULT/19' : 'none'));
    const gold = { id: '1', text: '', event: 'FIGHT', sources: [], targets: [] };
    const right = ploverTyping([gold], [r], [noneThen('ASSAULT/19')]);
    assert.equal(right['gold candidate a cue'], 1);
    assert.equal(right['  cue: cue row right'], 1);
    assert.equal(right['  cue: verb dictionary right'], 1);
    assert.equal(right["  cue: model's best event class right"], 1);
    const wrong = ploverTyping([gold], [r], [noneThen('PROTEST/14')]);
    assert.equal(wrong["  cue: model's best event class right"], undefined);
    const missing = ploverTyping([{ ...gold, event: 'AID' }], [r], [noneThen('AID/07')]);
    assert.deepEqual(missing, { 'no gold-cue candidate': 1 });
  });
  it('sorts event sentences coded nothing by the candidates they had; statements and coded ones not', () => {
    const cue = record('Russia attacked Ukraine.', () => 'none');
    const nothing = { ...record('It rained.', () => undefined), candidates: [], labels: [] };
    const docs = [cue.doc, nothing.doc, cue.doc];
    const records = [
      { text: '', label: 4 },
      { text: '', label: 4 },
      { text: '', label: 0 },
    ];
    assert.deepEqual(pentaNothingCoded(records, [cue, nothing, cue], docs), {
      'a cue, decided none': 1,
      'no candidate': 1,
    });
  });
});
