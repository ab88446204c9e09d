import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { AnalyzerPool } from '../ingest/batch/index.js';
import type { FetchOptions } from '../ingest/fetch/index.js';
import type { ReadInput } from '../ingest/types.js';
import { HomeRegionLearning } from '../service/home-regions.js';
import { openStore, type Store } from '../store/index.js';
import { startBoss } from './boss.js';
import { PgHostGate } from './host-lock.js';
import { parseArticleJob } from './job-data.js';
import { processArticleJob, type JobOutcome } from './handle.js';
import { ARTICLE_QUEUE } from './names.js';
import type { AlertRunOptions } from '../watch/alerts/run.js';
import type { ArticleJob } from '../watch/job.js';

export interface WorkerOptions {
  /** Jobs processed at once, each analysed in its own worker thread. */
  concurrency: number;
  /** Seconds one article may take to analyse (0: none). */
  deadlineSeconds: number;
  fetch: FetchOptions;
  maxBytes: number;
  /** Seconds between the end of one request to a host and the start of the next, by any worker. */
  hostDelaySeconds: number;
  /** Seconds to wait before asking again when the queue is empty. */
  pollSeconds: number;
  /** Seconds between pg-boss maintenance rounds (expiring the jobs of killed workers, archiving). */
  maintenanceSeconds: number;
  /** How alert matches on stored articles are delivered (as `watch` does). */
  alerts?: AlertRunOptions;
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | ({ kind: 'done'; url: string } & JobOutcome)
  | { kind: 'failed'; url: string; error: unknown; attempt: number; attempts: number }
  | { kind: 'queue-error'; error: unknown };

type Job = PgBoss.JobWithMetadata<unknown>;

/**
 * One `newsgraph worker` process: `concurrency` loops, each taking one article job at a time from the
 * queue, doing it (`processArticleJob`: fetch, analyse, store, alerts, the feed's item marked done) and
 * marking it done or failed (pg-boss then retries it with backoff, and after the last retry copies it to
 * the dead-letter queue). `stop` finishes the jobs in hand first; `release` gives them back to the queue.
 */
export class QueueWorker {
  private readonly inHand = new Map<string, Job>();
  private readonly stopping = new AbortController();
  private released = false;
  private readonly loops: Promise<void>[];

  private constructor(
    private readonly boss: PgBoss,
    private readonly store: Store,
    private readonly pool: AnalyzerPool,
    private readonly gate: PgHostGate,
    private readonly options: WorkerOptions,
  ) {
    const learning = new HomeRegionLearning(store);
    const relearn = async (): Promise<void> => pool.setHomeRegions(await learning.learn());
    this.loops = Array.from({ length: options.concurrency }, () => this.loop(learning, relearn));
  }

  static async start(url: string, options: WorkerOptions): Promise<QueueWorker> {
    const store = openStore(url);
    const pool = new AnalyzerPool(options.concurrency, {}, { deadlineSeconds: options.deadlineSeconds });
    // Twice the jobs: a lock held over its delay keeps its connection while the job goes on.
    const gate = new PgHostGate(url, options.concurrency * 2, options.hostDelaySeconds * 1000);
    let boss: PgBoss | undefined;
    try {
      boss = await startBoss(url, { maintenanceSeconds: options.maintenanceSeconds });
      pool.setHomeRegions(await new HomeRegionLearning(store).learn());
      await warm(pool, options.concurrency);
      return new QueueWorker(boss, store, pool, gate, options);
    } catch (error) {
      await boss?.stop({ graceful: false }).catch(() => undefined);
      await gate.close();
      await pool.close();
      await store.close();
      throw error;
    }
  }

  /** Takes no new job, lets the jobs in hand finish, then closes. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.loops);
    await this.close();
  }

  /** Takes no new job and hands the jobs in hand back to the queue as failed attempts, to be retried. */
  async release(): Promise<void> {
    this.stopping.abort();
    this.released = true;
    const ids = [...this.inHand.keys()];
    this.inHand.clear();
    const output = { message: 'the worker stopped before finishing it' };
    for (const id of ids) await this.boss.fail(ARTICLE_QUEUE, id, output);
    await this.close();
  }

  private async close(): Promise<void> {
    await this.boss.stop({ graceful: false });
    await this.pool.close();
    await this.gate.close();
    await this.store.close();
  }

  private async loop(learning: HomeRegionLearning, relearn: () => Promise<void>): Promise<void> {
    while (!this.stopping.signal.aborted) {
      let job: Job | undefined;
      try {
        [job] = await this.boss.fetch<unknown>(ARTICLE_QUEUE, { batchSize: 1, includeMetadata: true });
      } catch (error) {
        this.options.onEvent?.({ kind: 'queue-error', error });
      }
      if (!job) {
        await sleep(this.options.pollSeconds * 1000, undefined, { signal: this.stopping.signal }).catch(
          () => undefined,
        );
        continue;
      }
      if (learning.dueBeforeNext()) await relearn().catch(() => undefined);
      await this.work(job);
    }
  }

  private async work(job: Job): Promise<void> {
    this.inHand.set(job.id, job);
    let url = String((job.data as { url?: unknown } | null)?.url ?? `job ${job.id}`);
    let article: ArticleJob | undefined;
    try {
      article = parseArticleJob(job.data, job.id);
      url = article.url;
      const outcome = await processArticleJob(article, {
        store: this.store,
        analyze: (input) => this.pool.analyze(input),
        fetch: this.options.fetch,
        maxBytes: this.options.maxBytes,
        gate: this.gate,
        ...(this.options.alerts ? { alerts: this.options.alerts } : {}),
      });
      if (this.released) return;
      await this.boss.complete(ARTICLE_QUEUE, job.id, { ...outcome });
      this.options.onEvent?.({ kind: 'done', url, ...outcome });
    } catch (error) {
      if (this.released) return;
      await this.boss.fail(ARTICLE_QUEUE, job.id, failureOutput(error)).catch((queueError: unknown) => {
        this.options.onEvent?.({ kind: 'queue-error', error: queueError });
      });
      const attempt = job.retryCount + 1;
      // After the last attempt the feed's item has failed for good; before it, it stays open (retried).
      if (article && attempt > job.retryLimit) await this.itemFailed(article, error);
      this.options.onEvent?.({ kind: 'failed', url, error, attempt, attempts: job.retryLimit + 1 });
    } finally {
      this.inHand.delete(job.id);
    }
  }

  private async itemFailed(article: ArticleJob, error: unknown): Promise<void> {
    const outcome = { status: 'failed' as const, error: failureOutput(error).message };
    await this.store
      .watch()
      .finishItem(article, outcome, new Date().toISOString())
      .catch((storeError: unknown) => this.options.onEvent?.({ kind: 'queue-error', error: storeError }));
  }
}

/**
 * Starts every analysis thread (loading the models takes seconds) before the first job is taken, so no
 * job's expiry clock runs while a thread loads. One short text per thread: the pool starts a thread for
 * each input waiting while the others are busy.
 */
async function warm(pool: AnalyzerPool, threads: number): Promise<void> {
  const input: ReadInput = {
    kind: 'text',
    content: 'Ministers met in Paris on Tuesday.',
    path: 'warm-up',
    encoding: 'utf-8',
    notes: [],
  };
  await Promise.all(Array.from({ length: threads }, () => pool.analyze(input)));
}

/** What the failed job keeps as its output: the one-line reason and the catalog code (`newsgraph errors`). */
function failureOutput(error: unknown): { message: string; code?: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { message, code } : { message };
}
