import type PgBoss from 'pg-boss';
import type { ArticleJob, JobSink } from '../watch/job.js';
import { startBoss, type RetrySettings } from './boss.js';
import { ARTICLE_QUEUE, jobId, jobKey } from './names.js';

/**
 * Queues article jobs for `newsgraph worker` processes (PostgreSQL stores): a feed poll round's sink, and
 * `newsgraph enqueue`'s. An item is queued once: its job id comes from its feed and item id (`jobId`), so
 * submitting it again while its job is still kept is a no-op. Retry settings given here apply to the jobs
 * this sink sends; otherwise the queue's own (see `RetrySettings`).
 */
export class QueueJobSink implements JobSink {
  /** Jobs this sink queued, and submissions that were already queued. */
  readonly counts = { queued: 0, alreadyQueued: 0 };

  private constructor(
    private readonly boss: PgBoss,
    private readonly retry: RetrySettings,
  ) {}

  /** Connects to the store's database, creating or migrating the queue's own schema there if needed. */
  static async open(url: string, retry: RetrySettings = {}): Promise<QueueJobSink> {
    return new QueueJobSink(await startBoss(url), retry);
  }

  async submit(job: ArticleJob): Promise<void> {
    const key = jobKey(job);
    const id = await this.boss.send(
      ARTICLE_QUEUE,
      { ...job },
      { id: jobId(key), singletonKey: key, ...sendOptions(this.retry) },
    );
    if (id === null) this.counts.alreadyQueued++;
    else this.counts.queued++;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false });
  }
}

function sendOptions(retry: RetrySettings): PgBoss.SendOptions {
  return {
    ...(retry.retryLimit !== undefined ? { retryLimit: retry.retryLimit } : {}),
    ...(retry.retryDelaySeconds !== undefined
      ? { retryDelay: retry.retryDelaySeconds, retryBackoff: true }
      : {}),
    ...(retry.expireSeconds !== undefined ? { expireInSeconds: retry.expireSeconds } : {}),
  };
}
