/**
 * Storing a feed item's article so that an attempt stopped midway (a killed worker) and run again neither
 * loses nor repeats an alert: on both engines, an attempt that stored the article and stopped before its
 * alerts is finished by the next (alert once, item stored); a finished item stays finished; an article
 * another source stored first is a duplicate and fires nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SqliteStore, type Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import type { ArticleJob } from '../../src/watch/job.js';
import { resumeStoredItem, storeItemDoc } from '../../src/watch/store-item.js';
import { sampleDoc } from '../store/docs.js';
import { freshSchema, skipWithoutPg, type TestSchema } from '../store/postgres/pg-test-db.js';
import { NOW, SANCTIONS, SUMMIT } from '../store/texts.js';

const FEED = 'https://news.example.com/rss';
const AT = '2025-08-20T12:00:00.000Z';
const job = (n: number): ArticleJob => ({
  url: `https://news.example.com/a/${n}`,
  feedUrl: FEED,
  itemId: `g${n}`,
});

function contract(open: () => Store, hitsFile: () => string): void {
  const hits = (): string[] =>
    existsSync(hitsFile()) ? readFileSync(hitsFile(), 'utf8').trim().split('\n').filter(Boolean) : [];
  const status = async (): Promise<number> => (await open().watch().feedHealth())[0]!.itemsStored;

  beforeEach(async () => {
    const watch = open().watch();
    await watch.registerFeeds([{ url: FEED, everySeconds: 900 }], AT);
    await watch.addAlert(
      { name: 'putin', query: { entity: 'Vladimir Putin' }, target: { jsonl: hitsFile() } },
      AT,
    );
    for (const n of [1, 2, 3]) assert.equal(await watch.claimItem(job(n), AT), true);
  });

  it('finishes an attempt that stored the article and stopped: one alert, the item stored', async () => {
    const store = open();
    const doc = sampleDoc(SUMMIT, { uri: job(1).url });
    // The killed attempt: noted and stored, no alert run, the item left open.
    assert.equal(await store.watch().markItemArticle(job(1), doc.id), true);
    await store.put(doc);
    assert.equal(await store.watch().openItemArticle(job(1)), doc.id);
    assert.deepEqual(await resumeStoredItem(store, job(1), AT), { status: 'stored', articleId: doc.id });
    assert.equal(hits().length, 1);
    assert.equal(await store.watch().openItemArticle(job(1)), undefined, 'the item is done');
    assert.equal(await resumeStoredItem(store, job(1), AT), undefined, 'nothing left to finish');
    assert.equal(hits().length, 1, 'the alert fired once');
    assert.equal(await status(), 1);
  });

  it('stores a new article with its alert once; a finished item is never undone', async () => {
    const store = open();
    const doc = sampleDoc(SUMMIT, { uri: job(2).url });
    assert.deepEqual(await storeItemDoc(store, job(2), doc, AT), { status: 'stored', articleId: doc.id });
    assert.deepEqual(await storeItemDoc(store, job(2), doc, AT), { status: 'duplicate', articleId: doc.id });
    await store.watch().finishItem(job(2), { status: 'retry', error: 'late retry' }, AT);
    assert.equal(await status(), 1, 'still stored');
    assert.equal(await store.watch().markItemArticle(job(2), 'other'), false, 'a done item is not noted');
    assert.equal(hits().length, 1);
  });

  it('an article another source stored first is a duplicate: not noted, no alert, resumed as nothing', async () => {
    const store = open();
    const doc = sampleDoc(SUMMIT, { uri: job(3).url });
    await store.put(doc);
    assert.equal(await store.watch().markItemArticle(job(3), doc.id), false);
    assert.deepEqual(await storeItemDoc(store, job(3), doc, AT), { status: 'duplicate', articleId: doc.id });
    assert.equal(await resumeStoredItem(store, job(3), AT), undefined);
    assert.equal(hits().length, 0);
    const other = sampleDoc(SANCTIONS, { uri: job(1).url });
    assert.deepEqual(await storeItemDoc(store, job(1), other, AT), { status: 'stored', articleId: other.id });
    assert.equal(hits().length, 0, 'no Putin in it');
  });
}

describe('storing a feed item on SQLite', () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-item-'));
    store = SqliteStore.open(join(dir, 'w.db'), { now: NOW });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  contract(
    () => store,
    () => join(dir, 'hits.jsonl'),
  );
});

describe('storing a feed item on PostgreSQL', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  let store: Store;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-item-'));
    test = await freshSchema();
    store = PgStore.open(test.url, { now: NOW });
  });
  afterEach(async () => {
    await store.close();
    await test.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  contract(
    () => store,
    () => join(dir, 'hits.jsonl'),
  );
});
