/**
 * Counted victims (data/events/counted-targets.tsv): a cue that needs a target keeps when its object counts
 * people ("killed 14 people", "freed 12 prisoners"), and the table's must-not-match rows keep none by this
 * rule. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { codeEvents, eventCandidates } from '../../src/events/index.js';
import { eventTables } from '../../src/events/tables.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const entities = {
  ...WORLD,
  canada: { type: 'GPE' as const, names: ['Canada'], country: 'CA' },
  kabul: { type: 'GPE' as const, names: ['Kabul'], country: 'AF' },
  taliban: { type: 'ORG' as const, names: ['Taliban'] },
};
const doc = (text: string) => makeDoc({ text, entities });
const counted = (text: string): string[] =>
  eventCandidates(doc(text), ctx)
    .filter((c) => c.countedTarget)
    .map((c) => c.view.lower[c.match.tokStart] ?? '');

describe('events: counted people as the target a cue needs', () => {
  it('"Taliban fighters killed 14 people" is an attack without a named target', () => {
    const events = codeEvents(
      doc('Taliban fighters killed 14 people near a checkpoint on Tuesday.'),
      ctx,
    ).events;
    const e = events.find((x) => x.cue.text === 'killed');
    assert.equal(e?.type, 'ASSAULT');
    assert.equal(e?.target, undefined);
  });
  it('a count with modifiers and a count word: releases and expulsions', () => {
    assert.deepEqual(counted('Iran has released another 40 opposition politicians.'), ['released']);
    assert.deepEqual(counted('Russia freed dozens of detainees on Friday.'), ['freed']);
    assert.deepEqual(counted('Israel expelled at least 12 foreign journalists.'), ['expelled']);
  });
  it('no count, no people, or a passive: the rule does not apply', () => {
    assert.deepEqual(counted('Iran has released the opposition politicians.'), []);
    assert.deepEqual(counted('Israel seized 40 tonnes of weapons.'), []);
    assert.deepEqual(counted('Forty people were killed by Taliban fighters.'), []);
  });
  it('must-not-match rows of the table keep no cue by this rule', () => {
    const rows = eventTables(ctx).counted.mustNot;
    assert.ok(rows.length >= 3);
    for (const text of rows) assert.deepEqual(counted(text), [], text);
  });
});
