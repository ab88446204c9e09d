/**
 * A store that held articles before schema version 8 gets their corpus events on its first write after the
 * upgrade: on SQLite, and on PostgreSQL when NEWSGRAPH_TEST_PG_URL is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { listings, type Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { A, B } from '../corpus/claim-docs.js';
import { eventDoc } from '../corpus/event-docs.js';
import { coded, inAnchorage, OTHERS } from './corpus-event-docs.js';
import { freshSchema, inSchema, skipWithoutPg, type TestSchema } from './postgres/pg-test-db.js';

/** Back to how version 7 stored a corpus: no corpus events. */
const V8_TABLES = ['corpus_events_pending', 'corpus_event_mentions', 'corpus_events'];

/**
 * A store that held A and B before version 8 gets their corpus events on its first write after the upgrade:
 * `downgrade` takes the closed store back to version 7.
 */
function upgrade(open: () => Store, downgrade: () => Promise<void>): void {
  it('files the events of articles stored before version 8 on the first write after the upgrade', async () => {
    let store = open();
    for (const doc of [coded(inAnchorage(eventDoc(A))), coded(eventDoc(B))]) await store.put(doc);
    await store.close();
    await downgrade();
    store = open();
    assert.equal((await store.query(listings.corpusEvents)).total, 0);
    await store.put(eventDoc(OTHERS));
    const { items } = await store.query(listings.corpusEvents);
    assert.deepEqual(
      items.map((e) => [e.source?.name, e.numArticles, e.numSources]),
      [
        ['Vladimir Putin', 2, 2],
        ['Sergei Lavrov', 1, 1],
      ],
    );
    await store.close();
  });
}

describe('corpus events after an upgrade, on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-events-'));
  const path = join(dir, 'v7.db');
  after(() => rmSync(dir, { recursive: true, force: true }));
  upgrade(
    () => SqliteStore.open(path),
    async () => {
      const db = new Database(path);
      for (const table of V8_TABLES) db.exec(`DROP TABLE ${table}`);
      db.pragma('user_version = 7');
      db.close();
    },
  );
});

describe('corpus events after an upgrade, on PostgreSQL', { skip: skipWithoutPg }, () => {
  let schema: TestSchema;
  before(async () => (schema = await freshSchema()));
  after(() => schema?.drop());
  upgrade(
    () => PgStore.open(schema.url),
    async () => {
      await inSchema(schema, `DROP TABLE ${V8_TABLES.join(', ')}`);
      await inSchema(schema, 'UPDATE schema_version SET version = 7');
    },
  );
});
