import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { listings, SqliteStore } from '../../src/store/index.js';
import { isBusy, retryBusy } from '../../src/store/sqlite/busy.js';
import { sampleDoc } from './docs.js';
import { NOW, SANCTIONS, SUMMIT } from './texts.js';

/** A second connection that holds the write lock until `release` (as another ingest process would). */
function holdWriteLock(path: string): { release: () => void } {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return {
    release: () => {
      other.exec('COMMIT');
      other.close();
    },
  };
}

describe('SQLite with more than one writer', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-busy-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a write waits and retries while another connection holds the lock, then succeeds', async () => {
    const path = join(dir, 'wait.db');
    // A 20 ms busy timeout: the statement gives up long before the lock is released, the retries do not.
    const store = SqliteStore.open(path, { now: NOW, busyTimeoutMs: 20 });
    const run = await store.startIngestRun(['x']);
    const lock = holdWriteLock(path);
    let released = false;
    setTimeout(() => {
      released = true;
      lock.release();
    }, 200);
    const put = await store.putIngested(sampleDoc(SUMMIT), { run, inputKey: 'summit', origin: 'summit.txt' });
    assert.equal(released, true, 'the write cannot have happened while the lock was held');
    assert.equal(put.inserted, true);
    await store.recordIngestFailure(run, {
      inputKey: 'bad',
      errorCode: 'INPUT_EMPTY',
      error: 'empty',
      permanent: true,
    });
    assert.equal(await store.count(), 1);
    await store.close();
  });

  it('reads while another connection writes (WAL: readers are never blocked)', async () => {
    const path = join(dir, 'read.db');
    const store = SqliteStore.open(path, { now: NOW, busyTimeoutMs: 20 });
    await store.put(sampleDoc(SANCTIONS));
    const lock = holdWriteLock(path);
    try {
      assert.equal(await store.count(), 1);
      assert.equal((await store.query(listings.articles, {})).total, 1);
    } finally {
      lock.release();
    }
    await store.close();
  });

  it('gives up with STORE_FAILED (exit 74) when the database stays locked past every retry', async () => {
    const path = join(dir, 'stuck.db');
    const store = SqliteStore.open(path, { now: NOW, busyTimeoutMs: 1 });
    const lock = holdWriteLock(path);
    try {
      await assert.rejects(store.put(sampleDoc(SUMMIT)), { code: 'STORE_FAILED', message: /locked|busy/ });
    } finally {
      lock.release();
      await store.close();
    }
  });

  it('retryBusy retries only SQLITE_BUSY and SQLITE_LOCKED', async () => {
    let calls = 0;
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const value = await retryBusy(
      () => {
        if (++calls < 3) throw busy;
        return 'done';
      },
      { firstDelayMs: 1 },
    );
    assert.deepEqual([value, calls], ['done', 3]);
    assert.equal(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_LOCKED_SHAREDCACHE' })), true);
    calls = 0;
    await assert.rejects(
      retryBusy(() => {
        calls++;
        throw Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT' });
      }),
      /constraint/,
    );
    assert.equal(calls, 1);
  });
});
