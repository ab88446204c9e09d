/**
 * The PostgreSQL store against a real server (NEWSGRAPH_TEST_PG_URL; skipped without one outside CI): the
 * behaviours both engines share (`store-contract.ts`), atomic writes, PostgreSQL's search syntax and the
 * ingest journal. Opening and migrating: `postgres/open.test.ts`; every read method compared with SQLite's
 * answer: `postgres/parity.test.ts`.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { listings } from '../../src/store/index.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/schema.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { sampleDoc } from './docs.js';
import { storeContract } from './store-contract.js';
import { freshSchema, inSchema, skipWithoutPg, type TestSchema } from './postgres/pg-test-db.js';
import { NOW, SANCTIONS, SUMMIT, WEATHER } from './texts.js';

describe('PgStore', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  let store: PgStore;
  beforeEach(async () => {
    test = await freshSchema();
    store = PgStore.open(test.url, { now: NOW });
  });
  afterEach(async () => {
    await store.close();
    await test.drop();
  });

  it('creates the schema at the latest version on first use', async () => {
    assert.equal(await store.count(), 0);
    const [row] = await inSchema<{ version: number }>(test, 'SELECT version FROM schema_version');
    assert.equal(row?.version, PG_MIGRATIONS.at(-1)!.version);
  });

  it('writes the normalised layer rows with the article', async () => {
    const doc = sampleDoc(SUMMIT, { uri: 'https://example.com/summit' });
    await store.put(doc, { origin: '/tmp/summit.txt' });
    const counts = [];
    for (const table of ['entities', 'mentions', 'timexes', 'quotes', 'places', 'events', 'findings']) {
      const [row] = await inSchema<{ n: string }>(
        test,
        `SELECT count(*) AS n FROM ${table} WHERE article_id = $1`,
        [doc.id],
      );
      counts.push(Number(row?.n));
    }
    assert.deepEqual(counts, [2, 2, 1, 1, 1, 1, 1]);
    const mentioning = await inSchema(
      test,
      `SELECT a.uri, a.origin FROM articles a JOIN entities e ON e.article_id = a.id WHERE lower(e.name) = 'vladimir putin'`,
    );
    assert.deepEqual(mentioning, [{ uri: 'https://example.com/summit', origin: '/tmp/summit.txt' }]);
  });

  it('stores text PostgreSQL cannot hold (NUL, a lone surrogate) with U+FFFD in their place, offsets kept', async () => {
    const doc = sampleDoc('Putin met Trump\u0000 in Alaska \ud83d on Friday.');
    assert.equal((await store.put(doc)).inserted, true);
    const stored = await store.get(doc.id);
    assert.equal(stored?.text, 'Putin met Trump\ufffd in Alaska \ufffd on Friday.');
    assert.equal(stored?.mentions[1]?.text, 'Alaska');
    assert.equal(stored?.text.slice(stored.mentions[1]!.start, stored.mentions[1]!.end), 'Alaska');
    const emoji = sampleDoc('Putin met Trump \ud83d\ude00 in Alaska.');
    await store.put(emoji);
    assert.deepEqual(await store.get(emoji.id), emoji, 'a surrogate pair is kept as it is');
  });

  it('leaves nothing of an article when a write fails midway', async () => {
    await store.put(sampleDoc(SANCTIONS));
    const broken = sampleDoc(SUMMIT);
    broken.entities.push({ ...broken.entities[0]!, name: 'duplicate id' });
    await assert.rejects(store.put(broken), { code: 'STORE_FAILED' });
    assert.equal(await store.count(), 1);
    assert.equal(await store.get(broken.id), undefined);
    for (const table of [
      'entities',
      'mentions',
      'places',
      'quotes',
      'events',
      'findings',
      'story_articles',
    ]) {
      const rows = await inSchema(test, `SELECT 1 FROM ${table} WHERE article_id = $1`, [broken.id]);
      assert.equal(rows.length, 0, table);
    }
    assert.deepEqual(await store.search('Trump'), [], 'nor in the search index');
    broken.entities.pop();
    assert.equal((await store.put(broken)).inserted, true);
    assert.equal((await store.getArticleCorpus(broken.id))?.story?.id, 's2', 'no story id was used up');
  });

  storeContract(() => store);

  describe('search (PostgreSQL tsquery)', () => {
    beforeEach(async () => {
      await store.put(sampleDoc(SUMMIT, { title: 'Leaders meet in Alaska', published: '2025-08-14' }));
      await store.put(sampleDoc(SANCTIONS, { title: 'EU sanctions', published: '2025-08-12' }));
      await store.put(sampleDoc(WEATHER, { title: 'Weather' }));
    });

    it('wraps matches in the given highlight marks', async () => {
      const marked = await store.search('productive', { highlight: ['<b>', '</b>'] });
      assert.match(marked[0]!.snippet, /<b>productive<\/b>/);
    });

    it('honours title:, prefixes and exclusion', async () => {
      assert.equal((await store.search('title:rain')).length, 0, 'title: looks at titles only');
      assert.equal((await store.search('sanct*')).length, 1, 'prefix');
      assert.equal((await store.search('alaska -productive')).length, 0, 'exclusion');
      assert.equal((await store.search('alaska NOT productive')).length, 0);
      const hit = await store.search('title:weather');
      assert.match(hit[0]!.snippet, /\[Weather\]/, 'a title-only match is shown from the title');
    });

    it('refuses malformed queries with BAD_ARGUMENT when asked for strict syntax', async () => {
      for (const bad of ['Putin AND', '"met Trump', 'OR Putin', '(Putin']) {
        await assert.rejects(store.search(bad, { syntax: 'fts' }), {
          code: 'BAD_ARGUMENT',
          message: /query: invalid argument \(not a valid search query/,
        });
      }
      assert.equal((await store.search('"met Trump" OR sanctions', { syntax: 'fts' })).length, 2);
    });

    it('requires every word in plain syntax', async () => {
      assert.equal((await store.search('heavy rain', { syntax: 'plain' })).length, 1);
      assert.equal((await store.search('heavy sanctions', { syntax: 'plain' })).length, 0);
    });

    it('searches with queryArticles, best match first, the total counting every match', async () => {
      const page = await store.query(listings.articles, { q: 'said OR sanctions OR met' }, { limit: 2 });
      assert.equal(page.total, 3);
      assert.equal(page.items.length, 2);
      const dated = await store.query(listings.articles, {
        q: 'said OR sanctions OR met',
        from: '2025-08-13',
      });
      assert.deepEqual(
        dated.items.map((a) => a.title),
        ['Leaders meet in Alaska'],
      );
      assert.match(dated.items[0]!.snippet ?? '', /\[met\]/);
    });
  });

  describe('the ingest journal', () => {
    it('records runs, stored and failed inputs, and what is still broken', async () => {
      const run = await store.startIngestRun(['ingest', 'news/']);
      assert.deepEqual(await store.getIngestRun(run), {
        id: run,
        startedAt: NOW().toISOString(),
        args: ['ingest', 'news/'],
        finishedAt: null,
      });
      const doc = sampleDoc(SUMMIT);
      assert.equal((await store.putIngested(doc, { run, inputKey: '/news/a.txt' })).inserted, true);
      assert.equal((await store.putIngested(doc, { run, inputKey: '/news/b.txt' })).inserted, false);
      await store.recordIngestFailure(run, {
        inputKey: '/news/c.bin',
        errorCode: 'BAD_INPUT',
        error: 'binary',
        permanent: true,
      });
      await store.recordIngestFailure(run, {
        inputKey: '/news/d.txt',
        errorCode: null,
        error: 'oops',
        permanent: false,
      });
      await store.finishIngestRun(run);
      assert.equal((await store.getIngestRun(run))?.finishedAt, NOW().toISOString());
      assert.equal((await store.ingestedItem('/news/a.txt'))?.status, 'stored');
      assert.equal((await store.ingestedItem('/news/b.txt'))?.status, 'duplicate');
      assert.equal((await store.ingestedItem('/news/c.bin'))?.status, 'failed');
      assert.equal(await store.ingestedItem('/news/d.txt'), undefined, 'a transient failure is tried again');
      assert.deepEqual(
        (await store.ingestErrors()).map((e) => [e.inputKey, e.status]),
        [
          ['/news/c.bin', 'failed'],
          ['/news/d.txt', 'transient'],
        ],
      );
      const rerun = await store.startIngestRun(['ingest', 'news/']);
      await store.putIngested(sampleDoc(WEATHER), { run: rerun, inputKey: '/news/d.txt' });
      assert.deepEqual(
        (await store.ingestErrors()).map((e) => e.inputKey),
        ['/news/c.bin'],
        'fixed on the re-run',
      );
      assert.deepEqual(await store.ingestErrors({ run: rerun }), []);
    });

    it('writes an article and its journal row together or not at all', async () => {
      const run = await store.startIngestRun([]);
      const broken = sampleDoc(SUMMIT);
      broken.entities.push({ ...broken.entities[0]!, name: 'duplicate id' });
      await assert.rejects(store.putIngested(broken, { run, inputKey: 'k' }), { code: 'STORE_FAILED' });
      assert.equal(await store.ingestedItem('k'), undefined);
      assert.equal(await store.count(), 0);
    });
  });
});
