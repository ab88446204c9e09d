import { docId } from '../doc/id.js';
import type { Doc, Meta } from '../doc/types.js';
import type { FetchOptions } from '../ingest/fetch/index.js';
import { readUrlItem } from '../ingest/readers/urls.js';
import type { ReadInput } from '../ingest/types.js';
import type { Store } from '../store/index.js';
import type { ArticleJob } from '../watch/job.js';

export interface ArticleHandler {
  store: Store;
  /** Analyses one page under the per-article deadline (the analysis pool's `analyze`). */
  analyze: (input: ReadInput) => Promise<Doc>;
  /** The address policy and time limit for the page (as `ingest URL`). */
  fetch: FetchOptions;
  maxBytes: number;
}

export interface JobOutcome {
  /** `duplicate`: the article was already stored (by an earlier attempt, another feed, an ingest). */
  status: 'stored' | 'duplicate';
  id: string;
}

/**
 * Does one article job: fetches the page as `ingest URL` does, analyses it and stores it. Idempotent, so a
 * job retried after its worker was killed never stores an article twice: the article id is its canonical
 * URL's hash and the store keeps the first article under an id (`put` inserts nothing for a known id). A
 * page already stored under its own URL is not even fetched again. Throws, naming the URL, when the page
 * cannot be fetched or analysed, or the store fails: the queue then retries the job.
 */
export async function processArticleJob(job: ArticleJob, handler: ArticleHandler): Promise<JobOutcome> {
  const known = docId(job.url, '');
  if (await handler.store.get(known)) return { status: 'duplicate', id: known };
  const outcome = await readUrlItem(job.url, handler.maxBytes, handler.fetch);
  if (!outcome.ok) throw outcome.error;
  const doc = await handler.analyze({ ...outcome.input, fallbackMeta: feedMeta(job) });
  const { inserted } = await handler.store.put(doc, { origin: job.feedUrl || job.url });
  return { status: inserted ? 'stored' : 'duplicate', id: doc.id };
}

/** What the feed said about the item, used only where the page itself says nothing. */
function feedMeta(job: ArticleJob): Meta {
  return {
    ...(job.title ? { title: job.title } : {}),
    // The pipeline reads an offset, not a bare Z (as the WARC reader gives crawl dates).
    ...(job.published ? { published: job.published.replace(/Z$/, '+00:00') } : {}),
  };
}
