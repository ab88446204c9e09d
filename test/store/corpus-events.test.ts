/**
 * Corpus events (one record per real event across articles, with its mentions) on SQLite, and on PostgreSQL
 * when NEWSGRAPH_TEST_PG_URL is set: the same meeting reported by two outlets is one event with two
 * sources; a near-duplicate copy adds an article, not a source; another day or other actors are other
 * events; re-ingesting changes nothing. Hand-built Docs with real sentences (test/corpus/event-docs.ts), so
 * what is tested is the matching across articles, not the event classifier.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { GDELT_COLUMNS, globalEventId } from '../../src/export/index.js';
import type { GdeltColumn } from '../../src/export/gdelt/columns.js';
import { exportStore } from '../../src/service/index.js';
import { listings, type CorpusEventFilter, type Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { A, B } from '../corpus/claim-docs.js';
import { eventDoc } from '../corpus/event-docs.js';
import { AGAIN, coded, inAnchorage, OTHERS, SYNDICATED } from './corpus-event-docs.js';
import { freshSchema, skipWithoutPg, type TestSchema } from './postgres/pg-test-db.js';

function corpusEvents(open: () => Promise<Store>, close: () => Promise<void>): void {
  let store: Store;
  const [a, b] = [coded(inAnchorage(eventDoc(A))), coded(eventDoc(B))];
  const syndicated = coded(inAnchorage(eventDoc(SYNDICATED)));
  const [again, others] = [eventDoc(AGAIN), eventDoc(OTHERS)];
  before(async () => (store = await open()));
  after(close);

  it('counts a near-duplicate copy from another outlet as the same source', async () => {
    await store.put(a);
    await store.put(syndicated);
    assert.equal((await store.getArticleCorpus(syndicated.id))?.duplicateOf?.id, a.id);
    const { items, total } = await store.query(listings.corpusEvents);
    assert.equal(total, 1);
    assert.deepEqual([items[0]!.numMentions, items[0]!.numArticles, items[0]!.numSources], [2, 2, 1]);
  });

  it('files the same meeting from a second outlet under the same event: 2 sources', async () => {
    await store.put(b);
    const { items, total } = await store.query(listings.corpusEvents);
    assert.equal(total, 1);
    const [event] = items;
    assert.deepEqual([event!.numMentions, event!.numArticles, event!.numSources], [3, 3, 2]);
    assert.equal(event!.type, 'CONSULT');
    assert.deepEqual(event!.source, { name: 'Vladimir Putin', code: 'RUSGOV', country: 'RUS' });
    assert.deepEqual(event!.target, { name: 'Donald Trump', code: 'USAGOV', country: 'USA' });
    assert.deepEqual([event!.code, event!.goldstein, event!.quadClass], ['040', 1, 1]);
    assert.deepEqual([event!.from, event!.to, event!.place?.name], ['2025-08-15', '2025-08-15', 'Anchorage']);

    const detail = await store.getCorpusEvent(event!.id);
    assert.deepEqual(
      detail?.mentions.map((m) => [m.articleId, m.outlet, m.cue]),
      [
        [a.id, 'wire.example', 'met'],
        [syndicated.id, 'wire.example', 'met'],
        [b.id, 'daily.example', 'met'],
      ],
    );
    const fromB = detail!.mentions[2]!;
    assert.equal(fromB.sentence.text, b.text.slice(fromB.sentence.start, fromB.sentence.end));
    assert.ok(fromB.sentence.text.includes('Vladimir Putin met Donald Trump'));
    assert.equal(await store.getCorpusEvent(event!.id + 1000), undefined);
  });

  it('keeps another day (more than a day apart) and other actors as separate events', async () => {
    await store.put(again);
    await store.put(others);
    const story = (await store.getArticleCorpus(a.id))?.story?.id;
    assert.equal(
      (await store.getArticleCorpus(again.id))?.story?.id,
      story,
      'the later meeting is in the story',
    );
    assert.equal((await store.getArticleCorpus(others.id))?.story?.id, story, 'so is the other meeting');
    const { items, total } = await store.query(listings.corpusEvents);
    assert.equal(total, 3);
    assert.deepEqual(
      items.map((e) => [e.source?.name, e.target?.name, e.from, e.numSources]),
      [
        ['Vladimir Putin', 'Donald Trump', '2025-08-17', 1],
        ['Vladimir Putin', 'Donald Trump', '2025-08-15', 2],
        ['Sergei Lavrov', 'Marco Rubio', '2025-08-15', 1],
      ],
    );
  });

  it('filters by type, actor, country and days, paging with a total', async () => {
    const names = async (filter: CorpusEventFilter, page?: { limit: number; offset: number }) =>
      (await store.query(listings.corpusEvents, filter, page)).items.map(
        (e) => `${e.source?.name} ${e.from}`,
      );
    assert.deepEqual(await names({ actor: 'marco rubio' }), ['Sergei Lavrov 2025-08-15']);
    assert.deepEqual(await names({ from: '2025-08-16' }), ['Vladimir Putin 2025-08-17']);
    assert.deepEqual(await names({ to: '2025-08-15T23:00:00Z', actor: 'Vladimir Putin' }), [
      'Vladimir Putin 2025-08-15',
    ]);
    assert.deepEqual(await names({ country: 'us' }), ['Vladimir Putin 2025-08-15']);
    assert.deepEqual(await names({ type: 'accuse' }), []);
    const second = await store.query(listings.corpusEvents, { type: 'consult' }, { limit: 1, offset: 1 });
    assert.deepEqual([second.items.length, second.total], [1, 3]);
  });

  it('writes the corpus counts, codes and place into the GDELT export', async () => {
    let tsv = '';
    await exportStore(store, 'gdelt', async (chunk) => void (tsv += chunk));
    const rows = new Map(
      tsv
        .trim()
        .split('\n')
        .map((line) => {
          const cells = line.split('\t');
          return [cells[0], (name: GdeltColumn) => cells[GDELT_COLUMNS.indexOf(name)]] as const;
        }),
    );
    const columns = [
      'NumMentions',
      'NumSources',
      'NumArticles',
      'Actor1Code',
      'Actor2Code',
      'EventCode',
      'QuadClass',
      'GoldsteinScale',
      'ActionGeo_FullName',
    ] as const;
    const row = (doc: Doc) => rows.get(String(globalEventId(doc.id, 0)))!;
    assert.deepEqual(
      columns.map((c) => row(syndicated)(c)),
      ['3', '2', '3', 'RUSGOV', 'USAGOV', '040', '1', '1', 'Anchorage, United States of America'],
    );
    assert.deepEqual(
      columns.slice(0, 3).map((c) => row(b)(c)),
      ['3', '2', '3'],
    );
    assert.deepEqual(
      columns.slice(0, 3).map((c) => row(others)(c)),
      ['1', '1', '1'],
    );
  });

  it('changes nothing when an article is stored again', async () => {
    const before = await store.query(listings.corpusEvents);
    assert.equal((await store.put(eventDoc(B))).inserted, false);
    assert.deepEqual(await store.query(listings.corpusEvents), before);
  });
}

describe('corpus events on SQLite', () => {
  let sqlite: SqliteStore;
  corpusEvents(
    async () => (sqlite = SqliteStore.open(':memory:')),
    async () => sqlite?.close(),
  );
});

describe('corpus events on PostgreSQL', { skip: skipWithoutPg }, () => {
  let schema: TestSchema;
  let pg: PgStore;
  corpusEvents(
    async () => {
      schema = await freshSchema();
      return (pg = PgStore.open(schema.url));
    },
    async () => {
      await pg?.close();
      await schema?.drop();
    },
  );
});
