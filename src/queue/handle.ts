import { docId } from '../doc/id.js';
import type { Doc, Meta } from '../doc/types.js';
import type { FetchOptions } from '../ingest/fetch/index.js';
import { readUrlItem } from '../ingest/readers/urls.js';
import type { ReadInput } from '../ingest/types.js';
import type { ItemOutcome, Store } from '../store/index.js';
import type { AlertRunOptions } from '../watch/alerts/run.js';
import type { ArticleJob } from '../watch/job.js';
import type { RequestGate } from './host-lock.js';
import { resumeStoredItem, storeItemDoc } from '../watch/store-item.js';

export interface ArticleHandler {
  store: Store;
  /** Analyses one page under the per-article deadline (the analysis pool's `analyze`). */
  analyze: (input: ReadInput) => Promise<Doc>;
  /** The address policy and time limit for the page (as `ingest URL`). */
  fetch: FetchOptions;
  maxBytes: number;
  /** Politeness per host (one request at a time, a delay between them) shared with the other workers. */
  gate?: RequestGate;
  /** How alert matches are delivered (webhook address policy, delivery errors). */
  alerts?: AlertRunOptions;
  now?: () => Date;
}

export interface JobOutcome {
  /** `duplicate`: the article was already stored (by another feed, an ingest, or an earlier `enqueue`). */
  status: 'stored' | 'duplicate';
  id: string;
}

/**
 * Does one article job as single-process `watch` does: fetches the page as `ingest URL` does, analyses it,
 * stores it, runs the alerts on a new article and marks the feed's item done (`storeItemDoc`), so a watch
 * restart never queues it again. Idempotent, so a job retried after its worker was killed never stores an
 * article twice nor fires an alert twice: an attempt that stored the article and stopped is finished without
 * fetching (`resumeStoredItem`), and a page already stored under its own URL is not fetched again. Throws,
 * naming the URL, when the page cannot be fetched or analysed, or the store fails: the queue then retries.
 */
export async function processArticleJob(job: ArticleJob, handler: ArticleHandler): Promise<JobOutcome> {
  const { store } = handler;
  const at = (): string => (handler.now?.() ?? new Date()).toISOString();
  const resumed = await resumeStoredItem(store, job, at(), handler.alerts);
  if (resumed) return outcomeOf(resumed, job);
  const known = docId(job.url, '');
  if (await store.get(known)) {
    await store.watch().finishItem(job, { status: 'duplicate', articleId: known }, at());
    return { status: 'duplicate', id: known };
  }
  const read = () => readUrlItem(job.url, handler.maxBytes, handler.fetch);
  const outcome = await (handler.gate ? handler.gate.run(job.url, read) : read());
  if (!outcome.ok) throw outcome.error;
  const doc = await handler.analyze({ ...outcome.input, fallbackMeta: feedMeta(job) });
  return outcomeOf(await storeItemDoc(store, job, doc, at(), handler.alerts), job);
}

function outcomeOf(outcome: ItemOutcome, job: ArticleJob): JobOutcome {
  return {
    status: outcome.status === 'stored' ? 'stored' : 'duplicate',
    id: outcome.articleId ?? docId(job.url, ''),
  };
}

/** What the feed said about the item, used only where the page itself says nothing. */
function feedMeta(job: ArticleJob): Meta {
  return {
    ...(job.title ? { title: job.title } : {}),
    // The pipeline reads an offset, not a bare Z (as the WARC reader gives crawl dates).
    ...(job.published ? { published: job.published.replace(/Z$/, '+00:00') } : {}),
  };
}
