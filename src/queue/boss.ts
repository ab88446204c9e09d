import { userInfo } from 'node:os';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { NewsgraphError } from '../errors.js';
import { redactUrl } from '../store/postgres/pool.js';
import { ARTICLE_QUEUE, DEAD_QUEUE, queueSchema } from './names.js';

/**
 * How the article queue retries and expires jobs. Set when the queue is first created (by whichever
 * process comes first); a job can override them when it is sent (`SendSettings`).
 */
export interface RetrySettings {
  /** Retries after the first attempt before the job is dead (default 3). */
  retryLimit?: number;
  /** Seconds before the first retry; each later one waits about twice as long, with jitter (default 30). */
  retryDelaySeconds?: number;
  /**
   * Seconds a job may stay active before it counts as failed and is retried: how long the job of a killed
   * worker waits for another (default 300: fetch timeout, analysis deadline and store with room to spare).
   */
  expireSeconds?: number;
}

export const DEFAULT_RETRY: Required<RetrySettings> = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  expireSeconds: 300,
};

export interface BossOptions {
  /**
   * Run pg-boss's maintenance (expire jobs of dead workers, archive done ones) every this many seconds;
   * omit for a process that only sends (its maintenance is the workers' job).
   */
  maintenanceSeconds?: number;
}

/**
 * A started pg-boss on the store's database, its schema (`queueSchema`) created or migrated by pg-boss
 * itself under its own advisory lock, and the article queue and its dead-letter queue created if missing.
 */
export async function startBoss(url: string, options: BossOptions = {}): Promise<PgBoss> {
  // Like the store's pool (and libpq): the operating-system user when neither the URL nor PGUSER names one.
  pg.defaults.user ??= process.env.USER ?? userInfo().username;
  const maintenance = options.maintenanceSeconds;
  const boss = new PgBoss({
    connectionString: url,
    schema: queueSchema(url),
    max: 2,
    schedule: false,
    supervise: maintenance !== undefined,
    ...(maintenance !== undefined ? { maintenanceIntervalSeconds: maintenance } : {}),
  });
  // Errors of pg-boss's background maintenance: the next round tries again; say so, do not crash.
  boss.on('error', (error) => process.stderr.write(`queue: ${error.message}\n`));
  try {
    await boss.start();
    await oneAtATime(url, `${queueSchema(url)}:newsgraph-create-queues`, () => createQueues(boss));
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    throw new NewsgraphError('STORE_FAILED', redactUrl(url), `job queue: ${detail}`, { cause: error });
  }
  return boss;
}

/**
 * Runs `task` while holding a session advisory lock on its own connection, so processes that start together
 * take turns. pg-boss 10's create_queue is not locked: two processes creating the same queue at once (a
 * watcher and workers started together) deadlock, and one of them died at start.
 */
async function oneAtATime(url: string, key: string, task: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await task();
  } finally {
    await client.end(); // ending the session releases its lock
  }
}

async function createQueues(boss: PgBoss): Promise<void> {
  // Under `oneAtATime`: the first process creates the queues, the others find them and do nothing.
  await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE });
  await boss.createQueue(ARTICLE_QUEUE, {
    name: ARTICLE_QUEUE,
    policy: 'standard',
    retryLimit: DEFAULT_RETRY.retryLimit,
    retryDelay: DEFAULT_RETRY.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: DEFAULT_RETRY.expireSeconds,
    deadLetter: DEAD_QUEUE,
  });
}
