/**
 * The watch state (schema v6: feeds, items seen, alerts) on both engines: the same calls, the same answers.
 * The PostgreSQL half needs NEWSGRAPH_TEST_PG_URL (skipped without it outside CI).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SqliteStore, type Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import type { ArticleJob } from '../../src/watch/job.js';
import { sampleDoc } from './docs.js';
import { freshSchema, skipWithoutPg, type TestSchema } from './postgres/pg-test-db.js';
import { NOW, SUMMIT } from './texts.js';

const FEED = 'https://news.example.com/rss';
const T0 = '2025-08-20T12:00:00.000Z';
const T1 = '2025-08-20T12:15:00.000Z';
const job = (n: number, over: Partial<ArticleJob> = {}): ArticleJob => ({
  url: `https://news.example.com/a/${n}`,
  feedUrl: FEED,
  itemId: `guid-${n}`,
  ...over,
});

function watchContract(open: () => Store): void {
  it('keeps each feed’s validators, schedule and error, and counts its items by outcome', async () => {
    const watch = open().watch();
    await watch.registerFeeds([{ url: FEED, everySeconds: 900 }], T0);
    assert.deepEqual(await watch.feedStates(), [{ url: FEED, everySeconds: 900, errorStreak: 0 }]);
    await watch.recordPoll(FEED, { at: T0, nextPollAt: T1, result: 'ok', etag: '"v1"', lastModified: 'x' });
    await watch.recordPoll(FEED, { at: T1, nextPollAt: T1, result: 'unchanged' });
    const [state] = await watch.feedStates();
    assert.deepEqual(state, {
      url: FEED,
      everySeconds: 900,
      etag: '"v1"',
      lastModified: 'x',
      nextPollAt: T1,
      errorStreak: 0,
    });
    await watch.recordPoll(FEED, { at: T1, nextPollAt: T1, result: 'error', error: 'HTTP 500' });
    assert.equal((await watch.feedStates())[0]!.errorStreak, 1);

    assert.equal(await watch.claimItem(job(1), T0), true);
    assert.equal(await watch.claimItem(job(1), T0), false, 'the same guid again');
    assert.equal(await watch.claimItem(job(1, { itemId: 'other' }), T0), false, 'the same URL again');
    assert.equal(await watch.claimItem(job(2), T0), true);
    assert.equal(await watch.claimItem(job(3), T0), true);
    await watch.finishItem(job(1), { status: 'stored', articleId: 'a1' }, T1);
    await watch.finishItem(job(2), { status: 'retry', error: 'timed out' }, T1);
    assert.deepEqual(
      (await watch.openItems()).map((j) => j.itemId),
      ['guid-2', 'guid-3'],
    );
    await watch.finishItem(job(2), { status: 'retry', error: 'timed out' }, T1);
    await watch.finishItem(job(2), { status: 'retry', error: 'timed out again' }, T1);
    const open3 = await watch.openItems();
    assert.deepEqual(
      open3.map((j) => j.itemId),
      ['guid-3'],
      'failed on its third attempt',
    );
    const [health] = await watch.feedHealth();
    assert.deepEqual(health, {
      url: FEED,
      everySeconds: 900,
      lastPolledAt: T1,
      lastSuccessAt: T1,
      lastErrorAt: T1,
      lastError: 'HTTP 500',
      errorStreak: 1,
      nextPollAt: T1,
      polls: 3,
      notModified: 1,
      itemsSeen: 3,
      itemsStored: 1,
      itemsDuplicate: 0,
      itemsFailed: 1,
      itemsDisallowed: 0,
      itemsOpen: 1,
    });
  });

  it('saves, lists and removes alerts; a hit is recorded once; text matches one stored article', async () => {
    const watch = open().watch();
    const putin = await watch.addAlert(
      { name: 'putin', query: { entity: 'Vladimir Putin' }, target: { jsonl: '/tmp/hits.jsonl' } },
      T0,
    );
    const hook = await watch.addAlert(
      { name: 'hook', query: { text: 'productive' }, target: { webhook: 'https://hooks.example.com/x' } },
      T0,
    );
    assert.deepEqual(await watch.listAlerts(), [putin, hook]);
    assert.equal(putin.createdAt, T0);
    assert.equal(await watch.recordAlertHit(putin.id, 'a1', T0), true);
    assert.equal(await watch.recordAlertHit(putin.id, 'a1', T1), false);
    assert.equal(await watch.removeAlert('putin'), true);
    assert.equal(await watch.removeAlert(String(hook.id)), true);
    assert.equal(await watch.removeAlert('putin'), false);
    assert.deepEqual(await watch.listAlerts(), []);

    const doc = sampleDoc(SUMMIT);
    await open().put(doc);
    assert.equal(await watch.articleMatchesText(doc.id, 'productive meeting'), true);
    assert.equal(await watch.articleMatchesText(doc.id, 'sanctions'), false);
    assert.equal(await watch.articleMatchesText('no-such-id', 'productive'), false);
  });
}

describe('watch state on SQLite', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-watch-store-'));
    store = SqliteStore.open(join(dir, 'w.db'), { now: NOW });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  watchContract(() => store);
});

describe('watch state on PostgreSQL', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  let store: Store;
  beforeEach(async () => {
    test = await freshSchema();
    store = PgStore.open(test.url, { now: NOW });
  });
  afterEach(async () => {
    await store.close();
    await test.drop();
  });
  watchContract(() => store);
});
