/**
 * PgStore and SqliteStore given the same articles answer every read method alike (needs
 * NEWSGRAPH_TEST_PG_URL; skipped without one outside CI). Search ranking and snippets are left out: the
 * engines rank and cut differently (`postgres-store.test.ts` checks search on its own).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listings, type Store } from '../../../src/store/index.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { sampleDoc } from '../docs.js';
import { freshSchema, skipWithoutPg } from './pg-test-db.js';
import { NOW, SANCTIONS, SUMMIT, WEATHER } from '../texts.js';

/** What every read method answers: compared between the engines on the same articles. */
async function readAll(store: Store, ids: string[]) {
  return {
    count: await store.count(),
    list: (await store.list()).map(({ createdAt, ...summary }) => ({
      ...summary,
      created: createdAt.length > 0,
    })),
    articles: await store.query(listings.articles),
    articlesDated: await store.query(listings.articles, { from: '2025-08-13', to: '2025-08-14' }),
    articlesBySite: await store.query(listings.articles, {
      site: 'EXAMPLE.COM',
      entity: 'vladimir putin',
      place: 'alaska',
    }),
    entities: await store.query(listings.entities),
    entitiesQ: await store.query(listings.entities, { q: 'put', type: 'PERSON' }, { limit: 1 }),
    entity: await store.getEntity('VLADIMIR PUTIN', { mentionLimit: 1 }),
    noEntity: await store.getEntity('nobody'),
    events: await store.query(listings.events),
    eventsDated: await store.query(listings.events, {
      from: '2025-08-15',
      to: '2025-08-15',
      actor: 'vladimir putin',
    }),
    eventsBefore: await store.query(listings.events, { to: '2025-08-14T23:59:59+00:00', type: 'consult' }),
    quotes: await store.query(listings.quotes),
    quotesBy: await store.query(listings.quotes, { speaker: 'vladimir putin' }),
    findings: await store.query(listings.findings, {}, { limit: 2, offset: 1 }),
    stories: await store.query(listings.stories),
    corpusStories: await store.query(listings.corpusStories),
    sitePlaces: await store.sitePlaces(),
    corpus: await Promise.all(ids.map((id) => store.getArticleCorpus(id))),
    docs: await Promise.all(ids.map((id) => store.get(id))),
  };
}

describe('PgStore and SqliteStore answer alike', { skip: skipWithoutPg }, () => {
  it('gives the same listings, entities, events, quotes, findings and stories', async () => {
    const test = await freshSchema();
    const pgStore = PgStore.open(test.url, { now: NOW });
    const sqlite = SqliteStore.open(':memory:', { now: NOW });
    try {
      const docs = [
        sampleDoc(SUMMIT, {
          title: 'Leaders meet in Alaska',
          published: '2025-08-14',
          uri: 'https://example.com/a',
        }),
        sampleDoc('Putin met Trump again in Alaska on Friday, officials said.', {
          title: 'Second meeting',
          published: '2025-08-15T09:30:00+02:00',
        }),
        sampleDoc(SANCTIONS, { title: 'EU sanctions', published: '2025-08-12' }),
        sampleDoc(WEATHER, { title: 'Weather' }),
      ];
      docs[0]!.source.site = 'example.com';
      for (const doc of docs) {
        await sqlite.put(doc);
        await pgStore.put(doc);
      }
      const ids = [...docs.map((d) => d.id), 'no-such-id'];
      assert.deepEqual(await readAll(pgStore, ids), await readAll(sqlite, ids));
    } finally {
      await pgStore.close();
      await sqlite.close();
      await test.drop();
    }
  });
});
