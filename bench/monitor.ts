/**
 * Monitor benchmark (issue 14): items per second end to end (feed polled, page fetched, extracted,
 * analysed, stored) for the three ways to run the live monitor, in one run, over the same feeds:
 *   (a) SQLite, `watch` single process;  (b) PostgreSQL, `watch` enqueueing + 1 `worker`;  (c) + 2 workers;
 * next to wink-nlp's tokeniser alone over the same texts (one core), in the same run.
 *
 *   npm run bench -- monitor [--feeds 200] [--items 50] [--hosts 20] [--latency 20-50] [--pg URL]
 *                            [--watch-threads 1] [--worker-concurrency 1] [--timeout 3600]
 *
 * A local feed server (127.0.0.1 only, `--hosts` ports, each a host to the watcher's politeness) serves
 * `--feeds` RSS feeds of `--items` items whose pages carry text made at run time from the BBC corpus
 * (../shared/data/corpus/bbc-news), each answer delayed 20–50 ms. Every setup is a real CLI run on a fresh
 * store. Wall: from starting `watch` to the last item stored (SQLite includes loading the analysis models;
 * the workers are started and loaded before). Steady: first to last item stored. The PostgreSQL setups need
 * `--pg` (or NEWSGRAPH_BENCH_PG_URL, else NEWSGRAPH_TEST_PG_URL); without one they are skipped.
 *
 * Last line: {"task":"monitor","items",…,"runs":[{setup,stored,other,wallSeconds,steadySeconds,itemsPerSec,
 *             steadyItemsPerSec}],"tokenizerItemsPerSec","loadavg":[start,end]}.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { packageRoot } from '../src/util/paths.js';
import { benchItems, type BenchItem } from './lib/monitor-corpus.js';
import { runPostgres, runSqlite, type RunFigures, type RunSettings } from './lib/monitor-runs.js';
import { MonitorFeedServer } from './lib/monitor-server.js';
import { perSecond } from './lib/throughput-math.js';

const BBC = '../shared/data/corpus/bbc-news';

function tokenizerRate(items: readonly BenchItem[]): number {
  const nlp = winkNLP(model);
  const texts = items.map((item) => [item.title, ...item.paragraphs].join('\n\n'));
  for (const text of texts.slice(0, 50)) nlp.readDoc(text).tokens().out(); // warm-up, not timed
  const started = performance.now();
  for (const text of texts) nlp.readDoc(text).tokens().out();
  return perSecond(texts.length, performance.now() - started);
}

const whole = (value: string | undefined, name: string, min: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name}: expected a whole number ≥ ${min}`);
  return n;
};

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      feeds: { type: 'string', default: '200' },
      items: { type: 'string', default: '50' },
      hosts: { type: 'string', default: '20' },
      latency: { type: 'string', default: '20-50' },
      pg: { type: 'string' },
      'watch-threads': { type: 'string', default: '1' },
      'worker-concurrency': { type: 'string', default: '1' },
      timeout: { type: 'string', default: '3600' },
    },
  });
  const [feeds, perFeed] = [whole(values.feeds, 'feeds', 1), whole(values.items, 'items', 1)];
  const latency = /^(\d+)-(\d+)$/.exec(values.latency ?? '');
  if (!latency) throw new Error('--latency: expected MIN-MAX milliseconds (20-50)');
  const folder = join(packageRoot(), BBC);
  if (!existsSync(folder)) return void console.log(`skipped: data not found: ${folder}`);
  const pgUrl = values.pg ?? process.env.NEWSGRAPH_BENCH_PG_URL ?? process.env.NEWSGRAPH_TEST_PG_URL;

  const items = benchItems(folder, feeds * perFeed);
  const shape = {
    feeds,
    perFeed,
    hosts: Math.min(whole(values.hosts, 'hosts', 1), feeds),
    latencyMs: [Number(latency[1]), Number(latency[2])] as const,
  };
  const server = new MonitorFeedServer(shape, items);
  await server.start();
  const settings: RunSettings = {
    feedUrls: server.feedUrls(),
    items: items.length,
    watchThreads: whole(values['watch-threads'], 'watch-threads', 1),
    workerConcurrency: whole(values['worker-concurrency'], 'worker-concurrency', 1),
    timeoutSeconds: whole(values.timeout, 'timeout', 1),
  };
  console.log(
    `monitor: ${feeds} feeds × ${perFeed} items = ${items.length} items on ${shape.hosts} hosts (127.0.0.1), ` +
      `latency ${values.latency} ms; watch threads ${settings.watchThreads}, worker concurrency ${settings.workerConcurrency}`,
  );
  const loadStart = loadavg()[0] ?? 0;
  const runs: RunFigures[] = [];
  try {
    runs.push(await runSqlite(settings));
    if (pgUrl) for (const workers of [1, 2]) runs.push(await runPostgres(pgUrl, workers, settings));
    else console.log('PostgreSQL setups skipped: give --pg or set NEWSGRAPH_BENCH_PG_URL');
  } finally {
    await server.stop();
  }
  const tokenizerItemsPerSec = tokenizerRate(items);
  const loadEnd = loadavg()[0] ?? 0;

  const rated = runs.map((r) => ({
    ...r,
    itemsPerSec: perSecond(r.stored, r.wallSeconds * 1000),
    steadyItemsPerSec: perSecond(Math.max(0, r.stored - 1), r.steadySeconds * 1000),
  }));
  console.log('\nsetup                      stored  other   wall s  items/s  steady items/s');
  for (const r of rated)
    console.log(
      `${r.setup.padEnd(26)}${String(r.stored).padStart(7)}${String(r.other).padStart(7)}` +
        `${r.wallSeconds.toFixed(1).padStart(9)}${r.itemsPerSec.toFixed(1).padStart(9)}${r.steadyItemsPerSec.toFixed(1).padStart(16)}`,
    );
  console.log(`wink tokeniser, 1 core, same texts: ${tokenizerItemsPerSec.toFixed(0)} items/s`);
  console.log(`load average (1 min): ${loadStart.toFixed(2)} at start, ${loadEnd.toFixed(2)} at end`);
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      task: 'monitor',
      feeds,
      itemsPerFeed: perFeed,
      items: items.length,
      runs: rated.map((r) => ({
        ...r,
        wallSeconds: round1(r.wallSeconds),
        steadySeconds: round1(r.steadySeconds),
        itemsPerSec: round1(r.itemsPerSec),
        steadyItemsPerSec: round1(r.steadyItemsPerSec),
      })),
      tokenizerItemsPerSec: Math.round(tokenizerItemsPerSec),
      loadavg: [round1(loadStart), round1(loadEnd)],
    }),
  );
}
