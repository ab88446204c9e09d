/**
 * Unnamed actors (data/events/unnamed-actors.tsv): "police in Lagos" → NGACOP, "rebels" → ---REB, named
 * actors first ("Russian troops" stays Russia, coded RUSMIL), and the table's must-not-match rows: speakers,
 * noun modifiers and bystanders never become actors. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import type { Doc, Event } from '../../src/doc/types.js';
import { codeEvents, documentViews } from '../../src/events/index.js';
import { eventTables } from '../../src/events/tables.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const entities = { ...WORLD, lagos: { type: 'GPE' as const, names: ['Lagos'], country: 'NG' } };
const coded = (text: string): { doc: Doc; events: Event[] } => {
  const doc = codeEvents(makeDoc({ text, entities }), ctx);
  return { doc, events: doc.events };
};
const nameOf = (doc: Doc, id: string | undefined): string | undefined =>
  doc.entities.find((e) => e.id === id)?.name;

describe('events: unnamed actors', () => {
  it('codes a group with its place: police in Lagos → NGACOP', () => {
    const { doc, events } = coded('Police in Lagos arrested twelve protesters on Monday.');
    const e = events.find((x) => x.cue.text === 'arrested');
    assert.equal(e?.type, 'COERCE');
    assert.equal(nameOf(doc, e?.source), 'Police in Lagos');
    assert.equal(e?.sourceActor?.code, 'NGACOP');
    assert.equal(nameOf(doc, e?.target), 'protesters');
    assert.equal(e?.targetActor?.code, '---OPP');
    // the actor is an entity with a mention over its phrase, and "protesters" is not a PROTEST event here
    const mention = doc.mentions.find((m) => m.entity === e?.source);
    assert.equal(mention?.text, 'Police in Lagos');
    assert.equal(events.length, 1);
  });
  it('writes --- for a group with no country, and a group subject makes its own cue literal', () => {
    const { doc, events } = coded('Rebels attacked a convoy near the border.');
    assert.equal(events[0]?.type, 'ASSAULT');
    assert.equal(nameOf(doc, events[0]?.source), 'Rebels');
    assert.equal(events[0]?.sourceActor?.code, '---REB');
    const march = coded('Thousands of protesters marched through the capital.').events[0];
    assert.equal(march?.type, 'PROTEST');
    assert.equal(march?.sourceActor?.code, '---OPP');
  });
  it('takes the country from an untagged national adjective', () => {
    const { doc, events } = coded('Syrian soldiers shelled the village at dawn.');
    assert.equal(nameOf(doc, events[0]?.source), 'Syrian soldiers');
    assert.equal(events[0]?.sourceActor?.code, 'SYRMIL');
  });
  it('leaves the phrase to a name right before it: Russian troops stay Russia, coded RUSMIL', () => {
    const { doc, events } = coded('Russian troops shelled Kharkiv overnight.');
    assert.equal(nameOf(doc, events[0]?.source), 'Russia');
    assert.equal(events[0]?.sourceActor?.code, 'RUSMIL');
    assert.equal(doc.entities.length, Object.keys(entities).length);
  });
  it('keeps an armed target alone, not a bystander: soldiers killed yes, villagers in a fire no', () => {
    assert.equal(coded('Two soldiers were killed in an ambush.').events[0]?.targetActor?.code, '---MIL');
    assert.deepEqual(coded('A fire killed three villagers near the market.').events, []);
    assert.deepEqual(coded('Officials said the storm killed two residents.').events, []);
  });
  it('makes entities only for the actors events use', () => {
    const { doc } = coded('The police station was closed. The government raised fuel prices.');
    assert.ok(!doc.entities.some((e) => /police/i.test(e.name)));
  });
  it('finds no unnamed actor in the must-not-match rows', () => {
    const rows = eventTables(ctx).unnamed.mustNot;
    assert.ok(rows.length >= 5);
    for (const text of rows) {
      const doc = makeDoc({ text, entities });
      const views = documentViews(doc, ctx);
      const found = views.flatMap((v) => v.actors.filter((a) => a.unnamed).map((a) => a.mention.text));
      assert.deepEqual(found, [], text);
    }
  });
});
