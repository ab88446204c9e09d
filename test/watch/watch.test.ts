/**
 * `newsgraph watch` end to end against a feed server of the test's own on 127.0.0.1: 20 feeds with ETags,
 * a robots.txt forbidding one path, one feed that fails, items added between polls. Two rounds store exactly
 * the new items with conditional requests answered 304, skip the forbidden path and record the failing
 * feed's error; a restart on the same store fetches nothing twice; an entity alert fires once per matching
 * article. The clock is the test's: rounds are stepped, never waited for.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SqliteStore, type Store } from '../../src/store/index.js';
import {
  HostGate,
  inProcessSink,
  pollRound,
  RobotsRules,
  type FeedSpec,
  type RoundOptions,
} from '../../src/watch/index.js';
import { FeedServer, type TestItem } from './feed-server.js';

const FEEDS = 20;
const FAILING = 19;
const PUTIN = 'Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday';
const RAIN = 'Heavy rain fell across the south-west of England on Monday';

/** Feed `f`'s item `n`: Vladimir Putin in the first item of the first ten feeds and in every added item. */
function item(f: number, n: number, putin: boolean, dir = 'news'): TestItem {
  const lead = putin ? PUTIN : RAIN;
  return {
    path: `/${dir}/f${f}-${n}.html`,
    guid: `f${f}-${n}`,
    title: `Report ${f}-${n}`,
    text: `${lead}, according to report number ${f}-${n}. Officials said more talks would follow.`,
  };
}

const articlePaths = (server: FeedServer): string[] =>
  server.log.filter((entry) => /^\/(news|private)\//.test(entry.path)).map((entry) => entry.path);

describe('watch: 20 local feeds over two rounds and a restart', () => {
  const server = new FeedServer();
  let dir: string;
  let dbPath: string;
  let hitsPath: string;
  let clock = Date.parse('2025-08-20T12:00:00Z');
  const now = (): Date => new Date(clock);
  const feeds: FeedSpec[] = [];

  before(async () => {
    await server.start();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-watch-'));
    dbPath = join(dir, 'watch.db');
    hitsPath = join(dir, 'hits.jsonl');
    server.robots = 'User-agent: *\nDisallow: /private/\n';
    for (let f = 0; f < FEEDS; f++) {
      const path = `/feeds/f${f}.xml`;
      feeds.push({ url: `${server.base}${path}` });
      if (f === FAILING) server.fail(path);
      else server.add(path, [item(f, 1, false), item(f, 0, f < 10)]);
    }
    server.add('/feeds/f3.xml', [item(3, 9, true, 'private')]);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function round(store: Store): Promise<Awaited<ReturnType<typeof pollRound>>> {
    const gate = new HostGate(0);
    const fetch = { allowPrivate: true, timeoutMs: 10_000 };
    const sink = inProcessSink({ store, analyze: {}, fetch, maxBytes: 1 << 20, gate, now });
    const options: RoundOptions = {
      store,
      sink,
      gate,
      robots: new RobotsRules(gate, fetch),
      fetch,
      maxBytes: 1 << 20,
      everySeconds: 15 * 60,
      now,
    };
    return pollRound(feeds, options);
  }

  it('stores every item of the first round once, skips the forbidden path, records the failing feed', async () => {
    const store = SqliteStore.open(dbPath);
    try {
      await store
        .watch()
        .addAlert(
          { name: 'putin', query: { entity: 'Vladimir Putin' }, target: { jsonl: hitsPath } },
          now().toISOString(),
        );
      const summary = await round(store);
      assert.deepEqual(summary, {
        polled: 20,
        unchanged: 0,
        failed: 1,
        submitted: 38,
        disallowed: 1,
        resumed: 0,
      });
      assert.equal(await store.count(), 38);
      assert.equal(server.hits('/private/f3-9.html').length, 0, 'robots.txt forbids /private/');
      const health = await store.watch().feedHealth();
      const failing = health.find((feed) => feed.url.endsWith(`/f${FAILING}.xml`))!;
      assert.match(failing.lastError ?? '', /HTTP 500/);
      assert.equal(failing.lastSuccessAt, undefined);
      const f3 = health.find((feed) => feed.url.endsWith('/f3.xml'))!;
      assert.deepEqual(
        [f3.itemsSeen, f3.itemsStored, f3.itemsDisallowed, f3.lastError],
        [3, 2, 1, undefined],
      );
    } finally {
      await store.close();
    }
  });

  it('asks again conditionally, honours 304s and stores exactly the items added since', async () => {
    for (let f = 0; f < 5; f++) server.add(`/feeds/f${f}.xml`, [item(f, 2, f < 2)]);
    const fetchedBefore = articlePaths(server).length;
    const logBefore = server.log.length;
    clock += 16 * 60 * 1000;
    const store = SqliteStore.open(dbPath);
    try {
      const summary = await round(store);
      // The failing feed backs off (30 minutes after one failure): not due yet.
      assert.deepEqual(summary, {
        polled: 19,
        unchanged: 14,
        failed: 0,
        submitted: 5,
        disallowed: 0,
        resumed: 0,
      });
      assert.equal(await store.count(), 43);
      const feedRequests = server.log.slice(logBefore).filter((entry) => entry.path.startsWith('/feeds/'));
      assert.equal(feedRequests.length, 19);
      for (const request of feedRequests) {
        assert.match(
          request.ifNoneMatch ?? '',
          /^"\/feeds\/f\d+\.xml-v\d+"$/,
          `${request.path} If-None-Match`,
        );
        assert.ok(request.ifModifiedSince, `${request.path} If-Modified-Since`);
      }
      assert.equal(feedRequests.filter((request) => request.status === 304).length, 14);
      const fetched = articlePaths(server).slice(fetchedBefore);
      assert.deepEqual(
        fetched.sort(),
        [0, 1, 2, 3, 4].map((f) => `/news/f${f}-2.html`),
      );
    } finally {
      await store.close();
    }
  });

  it('after a restart fetches no article twice, and the alert fired once per matching article', async () => {
    const fetchedBefore = articlePaths(server).length;
    clock += 31 * 60 * 1000;
    const store = SqliteStore.open(dbPath);
    try {
      const summary = await round(store);
      assert.equal(summary.submitted + summary.resumed, 0);
      assert.equal(summary.failed, 1, 'the failing feed, due again, fails again');
      assert.equal(articlePaths(server).length, fetchedBefore, 'nothing fetched again');
      const counts = new Map<string, number>();
      for (const path of articlePaths(server)) counts.set(path, (counts.get(path) ?? 0) + 1);
      assert.deepEqual(
        [...counts.values()].filter((n) => n > 1),
        [],
        'each article fetched once',
      );
      const failing = (await store.watch().feedHealth()).find((feed) =>
        feed.url.endsWith(`/f${FAILING}.xml`),
      )!;
      assert.equal(failing.errorStreak, 2);

      const hits = readFileSync(hitsPath, 'utf8')
        .trim()
        .split('\n')
        .map(
          (line) => JSON.parse(line) as { alert: { name: string }; article: { id: string; title: string } },
        );
      const titles = hits.map((hit) => hit.article.title).sort();
      const expected = [
        ...Array.from({ length: 10 }, (_, f) => `Report ${f}-0`),
        'Report 0-2',
        'Report 1-2',
      ].sort();
      assert.deepEqual(titles, expected);
      assert.equal(new Set(hits.map((hit) => hit.article.id)).size, hits.length);
      assert.ok(hits.every((hit) => hit.alert.name === 'putin'));
    } finally {
      await store.close();
    }
  });
});
