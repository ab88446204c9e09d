/**
 * The live monitor on PostgreSQL (issue 14, Done when): `watch` polls feeds from a local server of the
 * test's own (127.0.0.1) and only enqueues; two `worker` processes fetch, analyse, store and run alerts;
 * one is SIGKILLed in the middle of a job; items are added between polls. At the end every item is stored
 * exactly once and none is lost, every feed item is marked stored (so a restart queues nothing), and an
 * entity alert fired exactly once per matching article. Waits are bounded polls; nothing asserts on speed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { docId } from '../../src/doc/id.js';
import { cli } from '../cli/run.js';
import { inSchema, skipWithoutPg, type TestSchema } from '../store/postgres/pg-test-db.js';
import { FeedServer, type TestItem } from '../watch/feed-server.js';
import { exited, startCli, startWorker, waitFor, type Child } from './children.js';
import { freshStoreWithQueue } from './queue-schema.js';

const FEEDS = 4;
const FIRST = 6;
const ADDED = 3;
const PUTIN = 'Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday';
const RAIN = 'Heavy rain fell across the south-west of England on Monday';
/** A generous bound on every wait: workers load their models first, and the machine is shared. */
const LIMIT_S = 900;

/** Feed `f`'s item `n`; every third item names Vladimir Putin. */
const item = (f: number, n: number): TestItem => ({
  path: `/news/f${f}-${n}.html`,
  guid: `f${f}-${n}`,
  title: `Report ${f}-${n}`,
  text: `${n % 3 === 0 ? PUTIN : RAIN}, according to report ${f}-${n}. Officials said more talks would follow.`,
});
const items = (from: number, to: number): TestItem[][] =>
  Array.from({ length: FEEDS }, (_, f) => Array.from({ length: to - from }, (_, i) => item(f, from + i)));

describe('watch and two workers on PostgreSQL, one worker killed midway', { skip: skipWithoutPg }, () => {
  const server = new FeedServer();
  const children: Child[] = [];
  let test: TestSchema;
  let dir: string;
  const count = async (sql: string): Promise<number> =>
    Number((await inSchema<{ n: string }>(test, sql))[0]?.n ?? 0);

  before(async () => {
    test = await freshStoreWithQueue();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-monitor-'));
    await server.start();
    items(0, FIRST).forEach((list, f) => server.add(`/feeds/f${f}.xml`, list));
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await server.stop();
    await test?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every item once, loses none, marks each stored and fires the alert once per match', async () => {
    const hitsPath = join(dir, 'hits.jsonl');
    const added = cli([
      'alerts',
      'add',
      'putin',
      '--entity',
      'Vladimir Putin',
      '--jsonl',
      hitsPath,
      '--db',
      test.url,
    ]);
    assert.equal(added.code, 0, added.stderr);
    const feedsPath = join(dir, 'feeds.txt');
    writeFileSync(
      feedsPath,
      Array.from({ length: FEEDS }, (_, f) => `${server.base}/feeds/f${f}.xml\n`).join(''),
    );
    const queueFlags = ['--expire', '30', '--retry-delay', '1', '--retries', '5'];
    const watchArgs = ['watch', feedsPath, '--db', test.url, '--allow-private', '--host-delay', '0'];
    const watch = startCli([...watchArgs, '--every', '10s', ...queueFlags]);
    const [killed, survivor] = [startWorker(test.url), startWorker(test.url)];
    children.push(watch, killed, survivor);

    await waitFor(
      'the first round to be queued',
      LIMIT_S,
      async () => {
        return (await count('SELECT count(*) AS n FROM watch_items')) === FEEDS * FIRST;
      },
      children,
    );
    await waitFor(
      'the first articles to be stored',
      LIMIT_S,
      async () => {
        return (await count('SELECT count(*) AS n FROM articles')) >= 4;
      },
      children,
    );
    // Hold every page request: once two are held, each worker (one job at a time) is in the middle of one.
    server.hold.hold();
    await waitFor('both workers to be fetching', LIMIT_S, async () => server.hold.held() >= 2, children);
    killed.kill('SIGKILL');
    await exited(killed);
    items(FIRST, FIRST + ADDED).forEach((list, f) => server.add(`/feeds/f${f}.xml`, list));
    server.hold.release();

    const total = FEEDS * (FIRST + ADDED);
    await waitFor(
      'every item, old and added, to be stored',
      LIMIT_S,
      async () => {
        return (await count(`SELECT count(*) AS n FROM watch_items WHERE status = 'stored'`)) === total;
      },
      [watch, survivor],
    );
    watch.kill('SIGTERM');
    assert.equal(await exited(watch), 0, watch.stderrText());

    const all = items(0, FIRST + ADDED).flat();
    const urlOf = (entry: TestItem): string => `${server.base}${entry.path}`;
    const ids = (await inSchema<{ id: string }>(test, 'SELECT id FROM articles ORDER BY id')).map(
      (r) => r.id,
    );
    assert.deepEqual(ids, all.map((entry) => docId(urlOf(entry), '')).sort(), survivor.stderrText());
    const marked = await inSchema<{ url: string; article_id: string }>(
      test,
      'SELECT url, article_id FROM watch_items ORDER BY url',
    );
    assert.ok(marked.every((row) => row.article_id === docId(row.url, '')));
    const queued = await count(
      `SELECT count(*) AS n FROM ${test.schema}_queue.job WHERE name = 'newsgraph-article'`,
    );
    assert.equal(queued, total, 'each item queued once');
    const retried = await count(
      `SELECT count(*) AS n FROM ${test.schema}_queue.job WHERE name = 'newsgraph-article' AND retry_count > 0`,
    );
    assert.ok(retried >= 1, 'the killed worker’s job was retried by the other');

    const putin = all.filter((entry) => entry.text.startsWith(PUTIN)).map((entry) => docId(urlOf(entry), ''));
    const recorded = await inSchema<{ article_id: string }>(
      test,
      'SELECT article_id FROM alert_hits ORDER BY 1',
    );
    assert.deepEqual(
      recorded.map((row) => row.article_id),
      [...putin].sort(),
    );
    const hits = readFileSync(hitsPath, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { article: { id: string } }).article.id);
    assert.deepEqual(hits.sort(), [...putin].sort(), 'one alert line per matching article');

    const restart = cli([...watchArgs, '--once']);
    assert.equal(restart.code, 0, restart.stderr);
    assert.match(restart.stderr, / 0 new articles/);
    survivor.kill('SIGTERM');
    assert.equal(await exited(survivor), 0, survivor.stderrText());
  });
});
