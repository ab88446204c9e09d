/** QueueJobSink against a real PostgreSQL server: an item is queued once, with the queue's retry settings. */
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
