import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { MIGRATIONS, SqliteStore, openStore, schemaVersion, type Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { sampleDoc } from './docs.js';
import { storeContract } from './store-contract.js';
import { NOW, SANCTIONS, SUMMIT } from './texts.js';

describe('SqliteStore', () => {
  let dir: string;
  let dbPath: string;
  let store: SqliteStore;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    dbPath = join(dir, `${Math.random().toString(36).slice(2)}.db`);
    store = SqliteStore.open(dbPath, { now: NOW });
  });
  afterEach(() => store.close());

  it('creates and migrates a new file to the latest schema version, in WAL mode', () => {
    const db = new Database(dbPath, { readonly: true });
    assert.equal(schemaVersion(db), MIGRATIONS.at(-1)!.version);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('writes the normalised layer rows with the article', async () => {
    const doc = sampleDoc(SUMMIT, { uri: 'https://example.com/summit' });
    await store.put(doc, { origin: '/tmp/summit.txt' });
    const db = new Database(dbPath, { readonly: true });
    const count = (table: string): unknown =>
      db.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(doc.id);
    assert.deepEqual(
      ['entities', 'mentions', 'timexes', 'quotes', 'places', 'events', 'findings'].map(count),
      [2, 2, 1, 1, 1, 1, 1],
    );
    const mentioning = db
      .prepare(
        `SELECT a.uri, a.origin FROM articles a JOIN entities e ON e.article_id = a.id WHERE e.name = 'vladimir putin' COLLATE NOCASE`,
      )
      .all();
    assert.deepEqual(mentioning, [{ uri: 'https://example.com/summit', origin: '/tmp/summit.txt' }]);
    db.close();
  });

  it('leaves nothing of an article when a write fails midway', async () => {
    const good = sampleDoc(SANCTIONS);
    await store.put(good);
    const broken = sampleDoc(SUMMIT);
    // Two entities with one id: the article row and the first entity row are written, then the second fails.
    broken.entities.push({ ...broken.entities[0]!, name: 'duplicate id' });
    await assert.rejects(store.put(broken), { code: 'STORE_FAILED' });
    assert.equal(await store.count(), 1);
    assert.equal(await store.get(broken.id), undefined);
    const db = new Database(dbPath, { readonly: true });
    for (const table of ['entities', 'mentions', 'places', 'quotes', 'events', 'findings']) {
      const rows = db.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(broken.id);
      assert.equal(rows, 0, table);
    }
    db.close();
    assert.deepEqual(await store.search('Trump'), [], 'nor in the search index');
    // And the article can be stored once fixed.
    broken.entities.pop();
    assert.equal((await store.put(broken)).inserted, true);
  });

  storeContract(() => store);

  describe('search (SQLite FTS5)', () => {
    beforeEach(async () => {
      await store.put(sampleDoc(SANCTIONS, { title: 'EU sanctions', published: '2025-08-12' }));
    });

    it('folds accents', async () => {
      assert.equal((await store.search('sanctións')).length, 1);
    });

    it('refuses bad FTS syntax with BAD_ARGUMENT when asked for strict syntax', async () => {
      await assert.rejects(store.search('Putin AND', { syntax: 'fts' }), {
        code: 'BAD_ARGUMENT',
        message: /query: invalid argument \(not a valid FTS5 query: fts5: syntax error/,
      });
    });
  });
});

describe('openStore', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-open-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a missing database when it must exist, without creating it', () => {
    const path = join(dir, 'missing.db');
    assert.throws(() => openStore(path, { mustExist: true }), { code: 'INPUT_MISSING' });
    assert.equal(existsSync(path), false);
  });

  it('refuses a file that is not a database, naming it', () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'just some text, long enough to be read as a header by sqlite..........'.repeat(20));
    assert.throws(() => openStore(path), {
      code: 'STORE_FAILED',
      message: new RegExp(`^${path}: the store failed`),
    });
  });

  it('refuses a database from a newer newsgraph', () => {
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => openStore(path), { code: 'STORE_FAILED', message: /schema version 999 is newer/ });
  });

  it('applies only the migrations not yet applied, and reopens cleanly', async () => {
    const path = join(dir, 'reopen.db');
    let store: Store = openStore(path);
    await store.put(sampleDoc(SUMMIT));
    await store.close();
    store = openStore(path, { mustExist: true });
    assert.equal(await store.count(), 1);
    await store.close();
  });

  it('fills the place columns a version 5 store adds from the stored Docs', async () => {
    const path = join(dir, 'v4.db');
    const doc = sampleDoc(SUMMIT, { uri: 'https://example.com/a' });
    Object.assign(doc.places[0]!, { admin1: 'Alaska', featureClass: 'A.ADM1' });
    let store: Store = openStore(path);
    await store.put(doc);
    await store.close();
    const db = new Database(path); // back to how version 4 stored places
    db.exec(
      'ALTER TABLE places DROP COLUMN admin1; ALTER TABLE places DROP COLUMN confidence; DROP TABLE corrections;',
    );
    db.exec('DROP TABLE alert_hits; DROP TABLE alerts; DROP TABLE watch_items; DROP TABLE watch_feeds;'); // and v6
    db.exec('DROP TABLE corpus_events_pending; DROP TABLE corpus_event_mentions; DROP TABLE corpus_events;'); // and v8
    db.pragma('user_version = 4');
    db.close();
    store = openStore(path);
    assert.deepEqual(await store.sitePlaces(), [
      {
        site: 'example.com',
        places: [{ country: 'US', admin1: 'Alaska', featureClass: 'A.ADM1', confidence: 0.9 }],
      },
    ]);
    await store.close();
  });

  it('takes a PostgreSQL URL for the PostgreSQL store, connecting only on first use', async () => {
    const store = openStore('postgres://localhost/news');
    assert.ok(store instanceof PgStore);
    await store.close();
  });
});
