/**
 * The monitor benchmark's three setups, each a real `newsgraph` CLI run against the feed server: `watch`
 * alone on a SQLite store (polls, fetches, analyses, stores in one process), and on PostgreSQL `watch`
 * enqueueing for 1 or 2 `worker` processes started (and their models loaded) beforehand.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { packageRoot } from '../../src/util/paths.js';

export interface RunFigures {
  setup: string;
  /** Items stored (new articles), and items that failed or were duplicates. */
  stored: number;
  other: number;
  /** From starting `watch` to the last item stored. */
  wallSeconds: number;
  /** From the first item stored to the last: the rate once running, without start-up. */
  steadySeconds: number;
}

export interface RunSettings {
  feedUrls: readonly string[];
  items: number;
  /** `watch --workers` (analysis threads of the single process). */
  watchThreads: number;
  /** `worker --concurrency` (jobs in hand, each in its own thread) of each worker. */
  workerConcurrency: number;
  timeoutSeconds: number;
}

interface ItemRow {
  status: string;
  n: number | string;
  first: string | Date | null;
  last: string | Date | null;
}

const ITEM_STATS = `SELECT status, count(*) AS n, min(done_at) AS first, max(done_at) AS last
                      FROM watch_items GROUP BY status`;

function cliProcess(args: readonly string[]): ChildProcess & { stderrText: () => string } {
  const main = join(packageRoot(), 'src', 'cli', 'main.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: packageRoot(),
    env: { ...process.env, NEWSGRAPH_DEBUG: '', NEWSGRAPH_DB: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Object.assign(child, { stderrText: () => stderr });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', r));

function figures(setup: string, rows: readonly ItemRow[], startedAt: number): RunFigures {
  const done = rows.filter((row) => row.status !== 'pending' && row.status !== 'retry');
  const stored = rows.find((row) => row.status === 'stored');
  const time = (at: string | Date | null | undefined): number => (at ? new Date(at).getTime() : NaN);
  const count = (row: ItemRow | undefined): number => Number(row?.n ?? 0);
  return {
    setup,
    stored: count(stored),
    other: done.reduce((sum, row) => sum + count(row), 0) - count(stored),
    wallSeconds: (time(stored?.last) - startedAt) / 1000,
    steadySeconds: (time(stored?.last) - time(stored?.first)) / 1000,
  };
}

const watchArgs = (feedsFile: string, db: string): string[] => [
  'watch',
  feedsFile,
  '--db',
  db,
  '--once',
  '--allow-private',
  '--host-delay',
  '0',
];

/** Single process: `watch --once` on a fresh SQLite file does it all and exits. */
export async function runSqlite(settings: RunSettings): Promise<RunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-monitor-'));
  try {
    const feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, settings.feedUrls.join('\n'));
    const db = join(dir, 'monitor.db');
    const startedAt = Date.now();
    const watch = cliProcess([...watchArgs(feeds, db), '--workers', String(settings.watchThreads)]);
    if ((await exited(watch)) !== 0) throw new Error(`watch failed: ${watch.stderrText()}`);
    const sqlite = new Database(db, { readonly: true });
    try {
      return figures('SQLite, single process', sqlite.prepare(ITEM_STATS).all() as ItemRow[], startedAt);
    } finally {
      sqlite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `watch --once` enqueues on PostgreSQL; `workers` worker processes, ready beforehand, do the rest. */
export async function runPostgres(
  pgUrl: string,
  workers: number,
  settings: RunSettings,
): Promise<RunFigures> {
  pg.defaults.user ??= process.env.USER ?? userInfo().username;
  const schema = `ng_bench_monitor_${process.pid}_${workers}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db = url.toString();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-monitor-'));
  const started: ReturnType<typeof cliProcess>[] = [];
  const store = new pg.Client({ connectionString: db });
  try {
    const concurrency = String(settings.workerConcurrency);
    for (let w = 0; w < workers; w++) {
      const args = ['worker', '--db', db, '--allow-private', '--poll', '1', '--concurrency', concurrency];
      args.push('--host-delay', '0'); // as the watcher's (watchArgs)
      started.push(cliProcess(args));
      // One at a time: the first creates the store's tables and the queue.
      await until(settings.timeoutSeconds, () => /processing article jobs/.test(started[w]!.stderrText()));
    }
    const feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, settings.feedUrls.join('\n'));
    const startedAt = Date.now();
    const watch = cliProcess(watchArgs(feeds, db));
    if ((await exited(watch)) !== 0) throw new Error(`watch failed: ${watch.stderrText()}`);
    await store.connect();
    const stats = async (): Promise<ItemRow[]> => (await store.query<ItemRow>(ITEM_STATS)).rows;
    const finished = async (): Promise<boolean> =>
      (await stats()).every((row) => row.status !== 'pending' && row.status !== 'retry');
    await until(settings.timeoutSeconds, finished);
    return figures(`PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}`, await stats(), startedAt);
  } finally {
    for (const child of started) child.kill('SIGTERM');
    await Promise.all(started.map(exited));
    await store.end().catch(() => undefined);
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function until(seconds: number, check: () => boolean | Promise<boolean>): Promise<void> {
  const limit = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > limit) throw new Error(`gave up after ${seconds} s`);
    await sleep(250);
  }
}
