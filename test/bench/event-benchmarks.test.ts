import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreMulticoped, scorePetrarch, scorePlover } from '../../bench/lib/event-benchmarks.js';
import { mainEvent } from '../../bench/lib/main-event.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, Entity, Event } from '../../src/doc/types.js';

interface FakeEvent {
  type: string;
  cameo: string;
  cue: string;
  source?: string;
  target?: string;
}

/** A Doc with the given entities (id = name) and events whose cue is the first occurrence of `cue`. */
function fakeDoc(text: string, names: string[], events: FakeEvent[]): Doc {
  const doc = newDoc({ id: 'd', source: { kind: 'text' }, meta: {}, raw: text });
  const entities: Entity[] = names.map((name) => ({ id: name, name, type: 'GPE', aliases: [] }));
  const coded: Event[] = events.map((e) => {
    const start = text.indexOf(e.cue);
    return {
      start: 0,
      end: text.length,
      text,
      type: e.type,
      cameo: e.cameo,
      ...(e.source ? { source: e.source } : {}),
      ...(e.target ? { target: e.target } : {}),
      cue: { start, end: start + e.cue.length, text: e.cue },
      sentence: 0,
      negated: false,
      hypothetical: false,
      rule: 'test',
    };
  });
  return { ...doc, entities, events: coded };
}

/** An analyser that answers from a table keyed by sentence (hand-made engine output). */
const fromTable =
  (table: Record<string, Doc>) =>
  (text: string): Doc =>
    table[text] ?? fakeDoc(text, [], []);

describe('mainEvent', () => {
  it('takes the earliest cue, the longer one on a tie, and nothing from no events', () => {
    const doc = fakeDoc(
      'Israel said it would meet and hold talks with Hamas.',
      [],
      [
        { type: 'CONSULT', cameo: '04', cue: 'talks' },
        { type: 'CONSULT', cameo: '04', cue: 'meet' },
        { type: 'AGREE', cameo: '03', cue: 'meet and hold' },
      ],
    );
    assert.equal(mainEvent(doc.events)?.cue.text, 'meet and hold');
    assert.equal(mainEvent([]), undefined);
  });
});

describe('scorePlover', () => {
  const S1 = 'Washington demanded that Hamas disarm.';
  const S2 = 'Israel and Egypt held talks.';
  const S3 = 'Crowds marched in Paris.';
  const table = {
    [S1]: fakeDoc(
      S1,
      ['Washington', 'Hamas'],
      [{ type: 'REQUEST', cameo: '10', cue: 'demanded', source: 'Washington', target: 'Hamas' }],
    ),
    [S2]: fakeDoc(
      S2,
      ['Israel', 'Egypt'],
      [
        { type: 'AGREE', cameo: '03', cue: 'held', source: 'Israel', target: 'Egypt' },
        { type: 'CONSULT', cameo: '04', cue: 'talks', source: 'Israel', target: 'Egypt' },
      ],
    ),
  };
  const records = [
    { id: '1', text: S1, event: 'DEMAND', sources: ['Washington'], targets: ['Hamas'] },
    { id: '2', text: S2, event: 'CONSULT', sources: ['Israel', 'Egypt'], targets: [] },
    { id: '3', text: S3, event: 'PROTEST', sources: ['Crowds'], targets: [] },
  ];
  const r = scorePlover(records, fromTable(table));

  it('scores the main event through the 0.8 → 0.5b1 crosswalk', () => {
    assert.equal(r.scores.accuracy, 1 / 3); // DEMAND right; AGREE for CONSULT wrong; nothing for PROTEST
    assert.equal(r.strictAccuracy, 0); // REQUEST ≠ DEMAND without the crosswalk
    assert.equal(r.anyEventAccuracy, 2 / 3); // the CONSULT cue was coded, though not first
    assert.equal(r.scores.coverage, 2 / 3);
    assert.equal(r.misses.length, 2);
  });

  it('counts actors role by role', () => {
    // sources: tp 2 (Washington, Israel), pred 2, gold 4; targets: tp 1 (Hamas), pred 2 (Hamas, Egypt), gold 1
    assert.deepEqual(r.actors.source, { truePositives: 2, predicted: 2, gold: 4 });
    assert.deepEqual(r.actors.target, { truePositives: 1, predicted: 2, gold: 1 });
    // all: P 3/4, R 3/5 → F1 2/3
    assert.ok(Math.abs(r.actorF1 - 2 / 3) < 1e-9);
  });
});

describe('scoreMulticoped', () => {
  it('maps the main event by CAMEO root and gives class 0 when nothing is coded', () => {
    const S1 = 'Troops shelled the town.';
    const S2 = 'The minister said prices rose.';
    const S3 = 'Leaders met in Paris.';
    const table = {
      [S1]: fakeDoc(S1, ['Troops'], [{ type: 'ASSAULT', cameo: '19', cue: 'shelled', source: 'Troops' }]),
      [S3]: fakeDoc(S3, ['Leaders'], [{ type: 'CONSULT', cameo: '04', cue: 'met', source: 'Leaders' }]),
    };
    const r = scoreMulticoped(
      [
        { text: S1, label: 4 },
        { text: S2, label: 0 },
        { text: S3, label: 3 },
      ],
      fromTable(table),
    );
    assert.equal(r.scores.accuracy, 2 / 3);
    // class 0: P 1 R 1 F1 1; class 4: F1 1; class 3: R 0 → 0; class 1: P 0 → 0; class 2: 0 → macro 2/5
    assert.ok(Math.abs(r.scores.macroF1 - 2 / 5) < 1e-9);
  });
});

describe('scorePetrarch', () => {
  it('matches CAMEO roots, rewards coding nothing on noevents, excludes test-only codes', () => {
    const S1 = 'Arnor will restore ties with Gondor.';
    const S2 = 'Nothing happened.';
    const S3 = 'Arnor will contribute money to Gondor.';
    const table = {
      [S1]: fakeDoc(
        S1,
        ['Arnor', 'Gondor'],
        [{ type: 'COOPERATE', cameo: '06', cue: 'restore', source: 'Arnor' }],
      ),
    };
    const r = scorePetrarch(
      [
        { id: '1', text: S1, codes: ['064', '1711'], noEvents: false },
        { id: '2', text: S2, codes: [], noEvents: true },
        { id: '3', text: S3, codes: ['903'], noEvents: false },
      ],
      fromTable(table),
    );
    assert.deepEqual([r.accuracy, r.scored, r.excluded, r.coverage], [1, 2, 1, 0.5]);
  });
});
