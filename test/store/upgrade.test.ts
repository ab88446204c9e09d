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

/**
 * `got` with only the object members `want` has: fields later versions add to a listing (an event's
 * article title, a story's members) may be there; nothing recorded then may be missing or different. A
 * list's order is the listing's policy (stories are now largest first): rows with ids and lists of ids
 * are put in the recorded order before comparing.
 */
function recorded(got: unknown, want: unknown): unknown {
  if (Array.isArray(got) && Array.isArray(want)) {
    const key = (item: unknown): unknown =>
      item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : item;
    const keys = want.map(key);
    const rank = (item: unknown): number => {
      const at = keys.indexOf(key(item));
      return at < 0 ? keys.length : at;
    };
    const sameSet = got.length === want.length && got.every((item) => keys.includes(key(item)));
    const ordered = sameSet ? [...got].sort((a, b) => rank(a) - rank(b)) : got;
    return ordered.map((item, i) => recorded(item, want[i]));
  }
  if (got && want && typeof got === 'object' && typeof want === 'object' && !Array.isArray(want)) {
    const g = got as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(want).map(([key, value]) => [key, key in g ? recorded(g[key], value) : undefined]),
    );
  }
  return got;
}

/** Every article, journal row, story and duplicate link of the fixture, read back through the new code. */
async function assertUpgraded(store: Store, want: unknown): Promise<void> {
  try {
    const snapshot = await storeSnapshot(store);
    assert.equal(snapshot.count, 7);
    assert.ok(
      snapshot.corpus.some((c) => c?.duplicateOf),
      'the copy is still linked',
    );
    assert.deepEqual(recorded(plain(snapshot), want), want);
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
