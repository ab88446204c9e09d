import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatErrors } from '../../src/cli/commands/errors.js';
import { NewsgraphError } from '../../src/errors.js';
import { parseArticleJob } from '../../src/queue/job-data.js';
import { jobId, jobKey, queueSchema } from '../../src/queue/names.js';

describe('article job ids', () => {
  it('are the same for the same feed item and differ for another item or feed', () => {
    const item = { feedUrl: 'https://news.example/rss', itemId: 'guid-1' };
    assert.equal(jobId(jobKey(item)), jobId(jobKey({ ...item })));
    assert.notEqual(jobId(jobKey(item)), jobId(jobKey({ ...item, itemId: 'guid-2' })));
    assert.notEqual(jobId(jobKey(item)), jobId(jobKey({ ...item, feedUrl: 'https://other.example/rss' })));
    // Feed and id are kept apart: "a" + "bc" is not "ab" + "c".
    assert.notEqual(
      jobId(jobKey({ feedUrl: 'a', itemId: 'bc' })),
      jobId(jobKey({ feedUrl: 'ab', itemId: 'c' })),
    );
  });

  it('are UUIDs (pg-boss keeps ids in a uuid column)', () => {
    assert.match(jobId('x'), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('queueSchema', () => {
  it('gives a store in a schema of its own a queue of its own', () => {
    assert.equal(queueSchema('postgres://db.example/news'), 'newsgraph_queue');
    assert.equal(
      queueSchema('postgres:///news?host=/var/run/postgresql&options=-c%20search_path%3Dng_test_1'),
      'ng_test_1_queue',
    );
  });
});

describe('parseArticleJob', () => {
  it('takes a well-formed job and refuses one without an http(s) URL, naming the field', () => {
    const job = { url: 'https://news.example/a', feedUrl: 'https://news.example/rss', itemId: 'a' };
    assert.deepEqual(parseArticleJob(job, 'j1'), job);
    assert.throws(
      () => parseArticleJob({ ...job, url: 'file:///etc/passwd' }, 'j2'),
      (error: unknown) => error instanceof NewsgraphError && /^job j2: .*\(url: /.test(error.message),
    );
    assert.throws(() => parseArticleJob(null, 'j3'), NewsgraphError);
  });
});

describe('formatErrors with dead queue jobs', () => {
  it('lists journal failures, then one line per dead job without repeating its URL', () => {
    const dead = {
      url: 'https://news.example/a',
      feedUrl: 'https://news.example/rss',
      itemId: 'a',
      errorCode: 'INPUT_UNREADABLE',
      error: 'https://news.example/a: cannot be read (HTTP 404)',
      at: '2026-12-07T00:00:00.000Z',
    };
    assert.equal(
      formatErrors([], [dead]),
      'queue dead https://news.example/a: cannot be read (HTTP 404) (feed https://news.example/rss)\n',
    );
    assert.equal(formatErrors([], []), 'No errors.\n');
  });
});
