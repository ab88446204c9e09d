/**
 * Writes the store-upgrade fixtures (`test/store/fixtures/`): the same few hand-made articles, ingest journal
 * rows, stories and duplicate links stored by the running code on both engines, as a SQLite file and a
 * PostgreSQL dump (`pg_dump --column-inserts`, the schema name replaced by `__SCHEMA__`), with
 * `v5-expected.json`, what the Store API answered about them. Run once per released schema version:
 *   NEWSGRAPH_TEST_PG_URL=postgres:///db?host=/var/run/postgresql node --import tsx scripts/make-store-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.js';
import { packageRoot } from '../src/util/paths.js';
import { fixtureDocs, storeSnapshot } from '../test/store/fixtures/docs.js';
import { admin } from '../test/store/postgres/pg-test-db.js';

const dir = join(packageRoot(), 'test', 'store', 'fixtures');
const NOW = (): Date => new Date('2025-08-20T12:00:00Z');

async function fill(store: Store): Promise<void> {
  const run = await store.startIngestRun(['ingest', 'fixtures/']);
  for (const [i, doc] of fixtureDocs().entries()) {
    await store.putIngested(doc, { run, inputKey: `/fixtures/${i}.txt`, origin: `fixtures/${i}.txt` });
  }
  await store.putIngested(fixtureDocs()[0]!, { run, inputKey: '/fixtures/again.txt' }); // a duplicate row
  await store.recordIngestFailure(run, {
    inputKey: '/fixtures/bad.bin',
    errorCode: 'INPUT_BINARY',
    error: 'binary',
    permanent: true,
  });
  await store.recordIngestFailure(run, {
    inputKey: '/fixtures/gone.txt',
    errorCode: null,
    error: 'vanished',
    permanent: false,
  });
  await store.finishIngestRun(run);
}

const sqlitePath = join(dir, 'v5.db');
rmSync(sqlitePath, { force: true });
const sqlite = openStore(sqlitePath, { now: NOW });
await fill(sqlite);
const expected = await storeSnapshot(sqlite);
await sqlite.close();
execFileSync('sqlite3', [sqlitePath, 'PRAGMA journal_mode = DELETE; VACUUM;']);

const base = process.env.NEWSGRAPH_TEST_PG_URL;
if (!base) throw new Error('set NEWSGRAPH_TEST_PG_URL');
const schema = 'ng_fixture_v5';
await admin(base, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await admin(base, `CREATE SCHEMA ${schema}`);
const url = new URL(base);
url.searchParams.set('options', `-c search_path=${schema}`);
const pgStore = openStore(url.toString(), { now: NOW });
await fill(pgStore);
const pgExpected = await storeSnapshot(pgStore);
await pgStore.close();
const db = url.pathname.slice(1);
const host = url.searchParams.get('host') ?? 'localhost';
const dump = execFileSync(
  'pg_dump',
  ['-h', host, '-d', db, '--schema', schema, '--no-owner', '--no-privileges', '--column-inserts'],
  { encoding: 'utf8' },
);
await admin(base, `DROP SCHEMA ${schema} CASCADE`);
// psql meta-commands (`\restrict`) are not SQL: a test loads the dump through a driver.
const sql = dump
  .split('\n')
  .filter((line) => !line.startsWith('\\'))
  .join('\n');
writeFileSync(join(dir, 'v5-postgres.sql'), sql.replaceAll(schema, '__SCHEMA__'));
writeFileSync(
  join(dir, 'v5-expected.json'),
  JSON.stringify({ sqlite: expected, postgres: pgExpected }, null, 1) + '\n',
);
console.log('fixtures written to', dir);
