/**
 * QueueJobSink against a real PostgreSQL server: an item is queued once, with the queue's retry settings; and
 * processes that open a new database's queue at the same moment (a watcher and its workers) all start.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueueJobSink } from '../../src/queue/index.js';
import { inSchema, skipWithoutPg, type TestSchema } from '../store/postgres/pg-test-db.js';
import { freshStoreWithQueue } from './queue-schema.js';

describe('QueueJobSink', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  before(async () => (test = await freshStoreWithQueue()));
  after(async () => {
    await test?.drop();
  });

  it('queues a feed item once, however often it is submitted, in a queue schema of the store’s own', async () => {
    const sink = await QueueJobSink.open(test.url, { retryLimit: 5 });
    try {
      const item = { url: 'https://news.example/a', feedUrl: 'https://news.example/rss', itemId: 'guid-a' };
      await sink.submit(item);
      await sink.submit({ ...item, title: 'the same item seen again' });
      await sink.submit({ ...item, feedUrl: 'https://other.example/rss' });
      assert.deepEqual(sink.counts, { queued: 2, alreadyQueued: 1 });
    } finally {
      await sink.close();
    }
    const rows = await inSchema<{ data: { feedUrl: string }; retry_limit: number; dead_letter: string }>(
      test,
      `SELECT data, retry_limit, dead_letter FROM ${test.schema}_queue.job ORDER BY data->>'feedUrl'`,
    );
    assert.deepEqual(
      rows.map((r) => [r.data.feedUrl, r.retry_limit, r.dead_letter]),
      [
        ['https://news.example/rss', 5, 'newsgraph-article-dead'],
        ['https://other.example/rss', 5, 'newsgraph-article-dead'],
      ],
    );
  });
});

describe('opening a new queue from several processes at once', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  before(async () => (test = await freshStoreWithQueue()));
  after(async () => {
    await test?.drop();
  });

  // pg-boss 10 creates a queue without a lock: before startBoss took turns, a watcher and two workers started
  // together deadlocked here and one of them died (3 of 4 trials with three processes).
  it('starts them all, and the queues exist once', async () => {
    const opened = await Promise.allSettled(Array.from({ length: 4 }, () => QueueJobSink.open(test.url)));
    const failed = opened.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
    await Promise.all(
      opened.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)),
    );
    assert.deepEqual(failed, []);
    const queues = await inSchema<{ name: string }>(
      test,
      `SELECT name FROM ${test.schema}_queue.queue ORDER BY name`,
    );
    assert.deepEqual(
      queues.map((row) => row.name),
      ['newsgraph-article', 'newsgraph-article-dead'],
    );
  });
});
