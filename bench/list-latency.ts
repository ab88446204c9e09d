/**
 * List-endpoint latency on a store of 2,000 BBC articles:
 * `npm run bench -- list-latency [--store /tmp/newsgraph-bbc2000.db] [--articles 2000] [--requests 200]`.
 *
 * The store is built once from ../shared/data/corpus/bbc-news/ (the first N files in path order, read at
 * bench time, never copied into the project) into `--store`, and reused when that file already holds N
 * articles: ingesting 2,000 articles takes long on a loaded machine. Each batch of 100 files gets its own
 * publication date so date filters have something to narrow. The API then runs in this process on
 * 127.0.0.1 and every list endpoint (unfiltered, filtered and a deep page) takes R sequential GET requests
 * after 5 unmeasured ones; p50/p99/max per endpoint, in milliseconds.
 * Last line: {"task":"list-latency","articles","requests","endpoints":[{path,p50Ms,p99Ms,maxMs,total}],
 *             "worstP99Ms"}.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { startServer } from '../src/server/index.js';
import { ingestPaths, parsePublished } from '../src/service/index.js';
import { listings, openStore, type Store } from '../src/store/index.js';
import { packageRoot } from '../src/util/paths.js';

const BBC = join(packageRoot(), '..', 'shared', 'data', 'corpus', 'bbc-news');
const BATCH = 100;
const WARM_UP = 5;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      store: { type: 'string', default: '/tmp/newsgraph-bbc2000.db' },
      articles: { type: 'string', default: '2000' },
      requests: { type: 'string', default: '200' },
    },
  });
  const wanted = Number(values.articles);
  const store = openStore(values.store);
  try {
    await buildStore(store, wanted);
    const server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: null });
    try {
      const paths = await endpoints(server.url);
      const results = [];
      for (const path of paths) results.push(await measure(server.url, path, Number(values.requests)));
      for (const r of results) {
        console.log(
          `${r.path.padEnd(58)} p50 ${fmt(r.p50Ms)}  p99 ${fmt(r.p99Ms)}  max ${fmt(r.maxMs)}  total ${r.total}`,
        );
      }
      const articles = (await store.query(listings.articles, {}, { limit: 1 })).total;
      const worstP99Ms = Math.max(...results.map((r) => r.p99Ms));
      console.log(
        JSON.stringify({
          task: 'list-latency',
          articles,
          requests: Number(values.requests),
          endpoints: results,
          worstP99Ms,
        }),
      );
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
}

/**
 * Ingests BBC files in path order until the store holds `wanted` articles (the corpus repeats some
 * articles, stored once, so a few more files than articles are read); a store that has them is reused.
 */
async function buildStore(store: Store, wanted: number): Promise<void> {
  const stored = async (): Promise<number> => (await store.query(listings.articles, {}, { limit: 1 })).total;
  let have = await stored();
  if (have >= wanted) {
    console.error(`reusing the store: ${have} articles`);
    return;
  }
  const files = readdirSync(BBC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(BBC, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(BBC, d.name, f)),
    )
    .sort();
  const started = performance.now();
  // Already ingested files are skipped by the journal, so an interrupted build resumes where it stopped.
  // Files go in batches of 100 up to `wanted`, then only as many as articles are missing (never more).
  for (let next = 0; have < wanted;) {
    if (next >= files.length) throw new Error(`${BBC} has only ${have} distinct articles`);
    const size = next < wanted ? BATCH : Math.min(BATCH, wanted - have);
    const batch = files.slice(next, next + size);
    const day = new Date(Date.UTC(2005, 0, 1 + Math.floor(next / BATCH) * 7)).toISOString().slice(0, 10);
    await ingestPaths(batch, store, { published: parsePublished(day), workers: 2 });
    next += batch.length;
    have = await stored();
    const s = Math.round((performance.now() - started) / 1000);
    console.error(`read ${next} files, ${have}/${wanted} articles stored (${s} s)`);
  }
}

/** Every list endpoint, plain, filtered by values taken from the store, and a deep page. */
async function endpoints(url: string): Promise<string[]> {
  const first = async <T>(path: string): Promise<T> =>
    ((await (await fetch(url + path)).json()) as { items: T[] }).items[0]!;
  const person = await first<{ name: string }>('/api/entities?type=PERSON');
  const place = await first<{ name: string }>('/api/places');
  const story = await first<{ id: string }>('/api/stories');
  const name = encodeURIComponent(person.name);
  return [
    '/api/articles',
    '/api/articles?q=election',
    `/api/articles?entity=${name}&from=2005-02-01&to=2005-06-30`,
    '/api/articles?offset=1950',
    '/api/entities',
    '/api/entities?q=blair',
    '/api/events',
    `/api/events?actor=${name}`,
    '/api/event-mentions',
    `/api/event-mentions?actor=${name}`,
    '/api/event-mentions?offset=5000',
    '/api/quotes',
    `/api/quotes?speaker=${name}`,
    '/api/findings',
    '/api/findings?kind=contradiction',
    '/api/stories',
    `/api/stories?entity=${name}`,
    '/api/places',
    `/api/places?entity=${name}`,
    `/api/articles?place=${encodeURIComponent(place.name)}`,
    '/api/network',
    `/api/entities/${name}`,
    '/api/corrections',
    `/api/articles?story=${encodeURIComponent(story.id)}`,
  ];
}

async function measure(url: string, path: string, requests: number) {
  const times: number[] = [];
  let total: number | undefined;
  for (let i = 0; i < WARM_UP + requests; i++) {
    const start = performance.now();
    const response = await request(url + path);
    const body = (await response.body.json()) as { total?: number };
    const ms = performance.now() - start;
    if (response.statusCode !== 200) throw new Error(`${path}: HTTP ${response.statusCode}`);
    if (i >= WARM_UP) times.push(ms);
    total = body.total;
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  return { path, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(times.at(-1)!), total };
}

const round = (n: number): number => Math.round(n * 10) / 10;
const fmt = (n: number): string => `${n.toFixed(1)} ms`.padStart(9);
