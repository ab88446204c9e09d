/**
 * The server tests that touch the store, once more with their stores on PostgreSQL. `npm test` runs every
 * server test on SQLite; this file runs the store-touching ones in a child test run with
 * `NEWSGRAPH_TEST_ENGINE=postgres` (see `setup.ts`), so the README's one test command covers both engines.
 * Skipped without `NEWSGRAPH_TEST_PG_URL` outside CI, like the store's PostgreSQL tests.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { packageRoot } from '../../src/util/paths.js';
import { skipWithoutPg } from '../store/postgres/pg-test-db.js';

const STORE_TOUCHING = [
  'test/server/read-routes.test.ts',
  'test/server/corrections.test.ts',
  'test/server/analyze.test.ts',
  'test/server/watch-routes.test.ts',
];

test(
  'the store-touching server tests pass on PostgreSQL',
  { skip: skipWithoutPg, timeout: 1_800_000 },
  () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...STORE_TOUCHING],
      {
        cwd: packageRoot(),
        // NODE_TEST_CONTEXT would make the child report to this runner instead of running its own files.
        env: { ...process.env, NODE_TEST_CONTEXT: undefined, NEWSGRAPH_TEST_ENGINE: 'postgres' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    // The child's own report names each failing test; show its tail when it fails.
    const report = `${run.stdout.slice(-6000)}\n${run.stderr.slice(-3000)}`;
    assert.equal(run.status, 0, report);
    const passed = Number(/^# pass (\d+)$/m.exec(run.stdout)?.[1] ?? 0);
    assert.ok(passed >= 50, `the child ran the server tests (${passed} passed)\n${report}`);
  },
);
