/**
 * Stores written by schema version 5 (the fixtures `scripts/make-store-fixtures.ts` made with that code) open
 * and upgrade in place: every article, journal row, story and duplicate link reads back as it did then.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore, type Store } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { storeSnapshot } from './fixtures/docs.js';
import { admin, serverUrl, skipWithoutPg } from './postgres/pg-test-db.js';

const fixtures = join(packageRoot(), 'test', 'store', 'fixtures');
type Snapshot = Awaited<ReturnType<typeof storeSnapshot>>;
const expected = JSON.parse(readFileSync(join(fixtures, 'v5-expected.json'), 'utf8')) as {
  sqlite: Snapshot;
  postgres: Snapshot;
};

/** The snapshot as JSON would carry it (undefined members dropped, as in the recorded file). */
const plain = (snapshot: Snapshot): unknown => JSON.parse(JSON.stringify(snapshot));

/** Every article, journal row, story and duplicate link of the fixture, read back through the new code. */
async function assertUpgraded(store: Store, want: unknown): Promise<void> {
  try {
    const snapshot = await storeSnapshot(store);
    assert.equal(snapshot.count, 7);
    assert.ok(
      snapshot.corpus.some((c) => c?.duplicateOf),
      'the copy is still linked',
    );
    assert.deepEqual(plain(snapshot), want);
  } finally {
    await store.close();
  }
}

describe('a SQLite store written by schema v5', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-upgrade-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('opens, upgrades and reads back every article, journal row, story and duplicate link', async () => {
    const path = join(dir, 'v5.db');
    copyFileSync(join(fixtures, 'v5.db'), path);
    await assertUpgraded(openStore(path), expected.sqlite);
  });
});

describe('a PostgreSQL schema written by schema v5', { skip: skipWithoutPg }, () => {
  const schema = `ng_upgrade_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  after(async () => void (await admin(serverUrl(), `DROP SCHEMA IF EXISTS ${schema} CASCADE`)));

  it('opens, upgrades and reads back every article, journal row, story and duplicate link', async () => {
    const dump = readFileSync(join(fixtures, 'v5-postgres.sql'), 'utf8').replaceAll('__SCHEMA__', schema);
    await admin(serverUrl(), dump);
    const url = new URL(serverUrl());
    url.searchParams.set('options', `-c search_path=${schema}`);
    await assertUpgraded(openStore(url.toString()), expected.postgres);
  });
});
