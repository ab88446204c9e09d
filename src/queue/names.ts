import { createHash } from 'node:crypto';
import type { ArticleJob } from '../watch/job.js';

/** The pg-boss queue of article jobs (fetch, analyse, store one page). */
export const ARTICLE_QUEUE = 'newsgraph-article';
/** Where pg-boss copies an article job that failed its last retry: what `newsgraph errors` lists. */
export const DEAD_QUEUE = 'newsgraph-article-dead';

/** The queue's schema when the store's URL names none (pg-boss's own tables, never the store's). */
const DEFAULT_QUEUE_SCHEMA = 'newsgraph_queue';

/**
 * The PostgreSQL schema pg-boss keeps its tables in for the store at `url`. A store in a schema of its own
 * (`options=-c search_path=s` in the URL) gets a queue of its own (`s_queue`), so two stores sharing a
 * database never share jobs.
 */
export function queueSchema(url: string): string {
  let options: string | null = null;
  try {
    options = new URL(url).searchParams.get('options');
  } catch {
    return DEFAULT_QUEUE_SCHEMA;
  }
  const storeSchema = /search_path\s*=\s*"?([A-Za-z_][A-Za-z0-9_]*)/.exec(options ?? '')?.[1];
  return storeSchema ? `${storeSchema}_queue`.slice(0, 63) : DEFAULT_QUEUE_SCHEMA;
}

/** What makes two jobs the same item: its feed and its id in that feed. */
export function jobKey(job: Pick<ArticleJob, 'feedUrl' | 'itemId'>): string {
  return `${job.feedUrl}\n${job.itemId}`;
}

/**
 * The job's id, derived from its key, so that queueing an item again while its job is still in the queue
 * (waiting, running, done or dead, until pg-boss archives it) inserts nothing: pg-boss's insert is
 * `ON CONFLICT DO NOTHING` on (queue, id). Shaped as an RFC 9562 version-8 (custom) UUID.
 */
export function jobId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
