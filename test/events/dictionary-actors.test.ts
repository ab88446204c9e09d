/**
 * Dictionary actors (src/events/dictionary-actors.ts) and the user's verbs deciding (src/events/user-verbs.ts):
 * a name only the actor dictionaries know is an event actor with its dictionary codes; a name NER typed as
 * something else keeps its entity; the user's verb dictionary gives the code; ordinary words and longer
 * names the dictionaries list a part of are no actors. News-shaped sentences about invented states
 * (Zembla, Kravia), written for these tests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createContext, type Context } from '../../src/context.js';
import type { Doc } from '../../src/doc/types.js';
import { codeEvents, documentViews } from '../../src/events/index.js';
import { eventTables } from '../../src/events/tables.js';
import { useEventDictionaries } from '../../src/kb/load.js';
import { makeDoc, type EntitySpec } from './make-doc.js';

const ACTORS = 'ZEMBLA [ZMB]\n+ZEMBLAN\nKRAVIA [KRV]\nTOMAS_VARGO [ZMBGOV]\n';
const VERBS =
  '--- RESTORE [---] ---\nRESTORE\n- * {DIPLOMATIC TIES} [064]\n\n--- ATTACK [---] ---\nATTACK\n\n' +
  '--- BELIEVE [023] ---\nBELIEVE\n\n--- AGREE [030] ---\nAGREE\n';

function userContext(files: Record<string, string>): Context {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dict-actors-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const ctx = createContext();
  useEventDictionaries(ctx, { dir, mode: 'add' });
  return ctx;
}

const withActors = userContext({ 'Mine.actors.txt': ACTORS });
const withVerbs = userContext({ 'Mine.actors.txt': ACTORS, 'Mine.verbs.txt': VERBS });

const code = (ctx: Context, text: string, entities: Record<string, EntitySpec> = {}): Doc =>
  codeEvents(makeDoc({ text, entities }), ctx);
const nameOf = (doc: Doc, id: string | undefined): string | undefined =>
  doc.entities.find((e) => e.id === id)?.name;

describe('events: dictionary actors', () => {
  it('makes a name only the dictionary knows an actor, with its codes, sentence-initial too', () => {
    const doc = code(withActors, 'Zembla accused Kravia of shelling border villages on Tuesday.');
    const e = doc.events[0];
    assert.equal(nameOf(doc, e?.source), 'Zembla');
    assert.equal(nameOf(doc, e?.target), 'Kravia');
    assert.equal(e?.sourceActor?.code, 'ZMB');
    assert.equal(e?.targetActor?.code, 'KRV');
    const zembla = doc.entities.find((x) => x.name === 'Zembla');
    assert.equal(zembla?.kb?.id, 'ZEMBLA');
    assert.ok(doc.mentions.some((m) => m.entity === zembla?.id && m.text === 'Zembla'));
  });
  it('keeps the entity of a name NER typed as no actor, now typed and linked', () => {
    const doc = code(withActors, 'The talks collapsed after Kravia rejected the proposal.', {
      kravia: { type: 'MISC', names: ['Kravia'] },
    });
    const e = doc.events.find((x) => x.cue.text === 'rejected');
    assert.equal(e?.source, 'kravia');
    assert.equal(doc.entities.find((x) => x.id === 'kravia')?.type, 'GPE');
    assert.equal(doc.entities.length, 1);
  });
  it('lets the user’s verbs decide the code where they list the verb', () => {
    const ties = code(
      withVerbs,
      'Zembla is about to restore full diplomatic ties with Kravia, officials said.',
    );
    const e = ties.events.find((x) => x.cue.text === 'restore');
    assert.equal(e?.code, '064');
    assert.equal(e?.cameo, '06');
    assert.equal(e?.targetActor?.code, 'KRV');
    // a verb the user lists with no code and no matching pattern is no event, whatever the model says
    assert.deepEqual(
      code(withVerbs, 'Zembla attacked Kravia.').events.map((x) => x.cue.text),
      [],
    );
    // without the user's verbs the trained layer codes it
    assert.equal(code(withActors, 'Zembla attacked Kravia.').events[0]?.cameo?.length, 2);
  });
  it('reads what the user lists past the shipped tables: a cognition verb, a blocked "agree that"', () => {
    // "believe" is no event verb and has no object: the user's code and the first actor after the verb
    const believe = code(withVerbs, 'Zembla believes Kravia can cope with the drought this summer.');
    assert.deepEqual(
      believe.events.map((e) => [e.code, nameOf(believe, e.source), nameOf(believe, e.target)]),
      [['023', 'Zembla', 'Kravia']],
    );
    const agree = code(withVerbs, 'Zembla and Kravia agree that the dispute should go to arbitration.');
    assert.equal(agree.events[0]?.code, '030');
    // with the shipped tables alone both stay uncoded
    assert.deepEqual(
      code(withActors, 'Zembla believes Kravia can cope with the drought this summer.').events,
      [],
    );
  });
  it('finds no dictionary actor in the must-not-match rows (shipped dictionaries)', () => {
    const ctx = createContext();
    const tables = eventTables(ctx);
    assert.ok(tables.dictionaryActors.mustNot.length >= 5);
    for (const text of tables.dictionaryActors.mustNot) {
      const doc = makeDoc({ text });
      const views = documentViews(doc, ctx);
      const found = views.flatMap((v) => v.actors.filter((a) => a.dictionary).map((a) => a.mention.text));
      assert.deepEqual(found, [], text);
    }
  });
  it('reads each context’s own dictionaries, whatever another context found for the same words', () => {
    const text = 'Zembla accused Kravia of shelling border villages on Tuesday.';
    const listed = (ctx: Context): string[] =>
      documentViews(makeDoc({ text, entities: {} }), ctx).flatMap((v) =>
        v.actors.filter((a) => a.dictionary).map((a) => a.mention.text),
      );
    const shippedOnly = createContext();
    assert.deepEqual(listed(shippedOnly), []);
    assert.deepEqual(listed(withActors), ['Zembla', 'Kravia']);
    assert.deepEqual(listed(shippedOnly), []);
    assert.deepEqual(listed(withActors), ['Zembla', 'Kravia']);
  });
  it('finds a listed name mid-sentence with the shipped dictionaries', () => {
    const ctx = createContext();
    const doc = code(ctx, 'On Monday the Taliban accused Pakistan of sheltering the militants.');
    const actors = doc.events.flatMap((e) => [e.source, e.target]).map((id) => nameOf(doc, id));
    assert.deepEqual(actors, ['Taliban', 'Pakistan']);
    assert.equal(doc.events[0]?.sourceActor?.code, 'AFGREB');
  });
});
