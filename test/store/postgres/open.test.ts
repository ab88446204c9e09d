/**
 * Opening a PostgreSQL store (needs NEWSGRAPH_TEST_PG_URL; skipped without one outside CI): `openStore`
 * picks PgStore for a URL, connects and migrates on first use, refuses what it cannot use, naming the
 * server without its password.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NewsgraphError } from '../../../src/errors.js';
import { openStore } from '../../../src/store/index.js';
import { PG_MIGRATIONS } from '../../../src/store/postgres/schema.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { sampleDoc } from '../docs.js';
import { freshSchema, inSchema, skipWithoutPg, type TestSchema } from './pg-test-db.js';
import { SUMMIT } from '../texts.js';

describe('openStore with a PostgreSQL URL', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  before(async () => (test = await freshSchema()));
  after(async () => test.drop());

  it('opens a PgStore for postgres:// and postgresql:// URLs', async () => {
    for (const url of [test.url, test.url.replace(/^postgres:/, 'postgresql:')]) {
      const store = openStore(url);
      assert.ok(store instanceof PgStore);
      assert.equal(await store.count(), 0);
      await store.close();
    }
  });

  it('refuses a schema without newsgraph tables when it must exist, without creating them', async () => {
    const empty = await freshSchema();
    try {
      const store = openStore(empty.url, { mustExist: true });
      await assert.rejects(store.count(), { code: 'INPUT_MISSING' });
      await store.close();
      const tables = await inSchema(
        empty,
        `SELECT 1 FROM information_schema.tables WHERE table_schema = $1`,
        [empty.schema],
      );
      assert.equal(tables.length, 0);
    } finally {
      await empty.drop();
    }
  });

  it('names the server without its password when it cannot connect', async () => {
    const store = openStore('postgres://someone:secret@127.0.0.1:1/none');
    await assert.rejects(store.count(), (error: unknown) => {
      assert.ok(error instanceof NewsgraphError);
      assert.equal(error.code, 'STORE_FAILED');
      assert.match(error.message, /^postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none: the store failed/);
      assert.doesNotMatch(error.message, /secret/);
      return true;
    });
    await store.close();
  });

  it('refuses a database from a newer newsgraph', async () => {
    const future = await freshSchema();
    try {
      await inSchema(future, 'CREATE TABLE schema_version (version integer NOT NULL)');
      await inSchema(future, 'INSERT INTO schema_version VALUES (999)');
      const store = openStore(future.url);
      await assert.rejects(store.count(), { code: 'STORE_FAILED', message: /schema version 999 is newer/ });
      await store.close();
    } finally {
      await future.drop();
    }
  });

  it('fills the place columns version 5 adds from the stored Docs', async () => {
    const fresh = await freshSchema();
    try {
      const doc = sampleDoc(SUMMIT, { uri: 'https://example.com/a' });
      Object.assign(doc.places[0]!, { admin1: 'Alaska', featureClass: 'A.ADM1' });
      let store = openStore(fresh.url);
      await store.put(doc);
      await store.close();
      // Back to how version 4 stored places.
      await inSchema(fresh, 'ALTER TABLE places DROP COLUMN admin1, DROP COLUMN confidence');
      await inSchema(fresh, 'DROP TABLE corrections');
      await inSchema(fresh, 'DROP TABLE alert_hits, alerts, watch_items, watch_feeds'); // and v6's tables
      await inSchema(fresh, 'DROP TABLE corpus_events_pending, corpus_event_mentions, corpus_events'); // and v8's
      await inSchema(fresh, 'UPDATE schema_version SET version = 4');
      store = openStore(fresh.url);
      assert.deepEqual(await store.sitePlaces(), [
        {
          site: 'example.com',
          places: [{ country: 'US', admin1: 'Alaska', featureClass: 'A.ADM1', confidence: 0.9 }],
        },
      ]);
      await store.close();
    } finally {
      await fresh.drop();
    }
  });

  it('migrates once when two processes open a new database at the same moment, and reopens cleanly', async () => {
    const fresh = await freshSchema();
    try {
      const [a, b] = [openStore(fresh.url), openStore(fresh.url)];
      await Promise.all([a.count(), b.count()]);
      await a.put(sampleDoc(SUMMIT));
      await Promise.all([a.close(), b.close()]);
      const again = openStore(fresh.url, { mustExist: true });
      assert.equal(await again.count(), 1);
      await again.close();
      const versions = await inSchema<{ version: number }>(fresh, 'SELECT version FROM schema_version');
      assert.deepEqual(versions, [{ version: PG_MIGRATIONS.at(-1)!.version }]);
    } finally {
      await fresh.drop();
    }
  });
});
