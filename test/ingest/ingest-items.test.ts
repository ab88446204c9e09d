import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { prepareDoc } from '../../src/pipeline.js';
import { ingestPaths, type IngestResult } from '../../src/service/index.js';
import { SqliteStore } from '../../src/store/index.js';
import {
  ARTICLE_ONE,
  ARTICLE_TWO,
  MALFORMED_FEED,
  RSS_FEED,
  htmlPage,
  jsonl,
  warcFile,
} from './feed-fixtures.js';
import { tempFiles } from './helpers.js';

/** The pipeline up to extraction: enough to see what ingest hands it and what gets stored. */
const extractOnly = prepareDoc;

describe('ingestPaths over multi-article inputs', () => {
  let dir: string;
  let cleanup: () => void;
  before(async () => {
    const warc = await warcFile([
      {
        url: 'https://w.example.com/undated',
        date: '2025-08-14T10:00:00Z',
        body: htmlPage('One', ARTICLE_ONE),
      },
      {
        url: 'https://w.example.com/dated',
        date: '2025-08-14T11:00:00Z',
        body: htmlPage('Two', ARTICLE_TWO, '2025-08-13T08:00:00Z'),
      },
    ]);
    ({ dir, cleanup } = tempFiles({
      'in/wire.rss': RSS_FEED,
      'in/broken.xml': MALFORMED_FEED,
      'in/sub/crawl.warc': warc,
      'in/lines.jsonl': jsonl([{ text: 'A line article about a port strike.' }, '{oops']),
      'in/ignored.gz': 'not listed',
    }));
  });
  after(() => cleanup());

  it('stores every item of every input and reports each bad one, naming it', async () => {
    const store = SqliteStore.open(':memory:');
    const results: IngestResult[] = [];
    const summary = await ingestPaths([join(dir, 'in')], store, {
      analyzer: extractOnly,
      onResult: (r) => results.push(r),
    });
    const rel = (p: string): string => p.slice(dir.length + 1);
    assert.deepEqual(
      results.map((r) => [rel(r.path), r.status]),
      [
        ['in/broken.xml item 1', 'failed'],
        ['in/lines.jsonl line 1', 'stored'],
        ['in/lines.jsonl line 2', 'failed'],
        ['in/sub/crawl.warc record 2', 'stored'],
        ['in/sub/crawl.warc record 3', 'stored'],
        ['in/wire.rss item 1', 'stored'],
        ['in/wire.rss item 2', 'stored'],
        ['in/wire.rss item 3', 'failed'],
      ],
    );
    assert.deepEqual([summary.stored, summary.duplicates, summary.failed], [5, 0, 3]);
    assert.equal(await store.count(), 5);

    const byPath = new Map(results.map((r) => [rel(r.path), r.id]));
    const feedDoc = await store.get(byPath.get('in/wire.rss item 1')!);
    assert.equal(feedDoc?.source.kind, 'feed');
    assert.equal(feedDoc?.source.uri, 'https://news.example.com/talks');
    assert.equal(feedDoc?.meta.title, 'Talks in Anchorage');
    // The feed's HTML went through extract: text without tags, entities decoded.
    assert.match(feedDoc?.raw ?? '', /^Officials met in Anchorage/);
    assert.doesNotMatch(feedDoc?.raw ?? '', /<p>/);

    const undated = await store.get(byPath.get('in/sub/crawl.warc record 2')!);
    const dated = await store.get(byPath.get('in/sub/crawl.warc record 3')!);
    // WARC-Date stands in only for a page that has no date of its own.
    assert.equal(undated?.meta.published, '2025-08-14T10:00:00+00:00');
    assert.equal(dated?.meta.published, '2025-08-13T08:00:00+00:00');
    assert.equal(dated?.source.kind, 'warc');
    await store.close();
  });

  it('counts a re-ingested feed as duplicates (ids come from the item links)', async () => {
    const store = SqliteStore.open(':memory:');
    await ingestPaths([join(dir, 'in', 'wire.rss')], store, { analyzer: extractOnly });
    // Without resuming, so each item is analysed again and found stored under the same id.
    const again = await ingestPaths([join(dir, 'in', 'wire.rss')], store, {
      analyzer: extractOnly,
      resume: false,
    });
    assert.deepEqual([again.stored, again.duplicates, again.failed], [0, 2, 1]);
    const resumed = await ingestPaths([join(dir, 'in', 'wire.rss')], store, { analyzer: extractOnly });
    // Resumed: all three skipped; the two stored are not counted again as duplicates, the bad one still fails.
    assert.deepEqual([resumed.stored, resumed.duplicates, resumed.failed, resumed.skipped], [0, 0, 1, 3]);
    await store.close();
  });
});
