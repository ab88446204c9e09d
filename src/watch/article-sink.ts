import { NewsgraphError } from '../errors.js';
import { failureRecord } from '../ingest/batch/index.js';
import { readUrlItem, type FetchOptions } from '../ingest/index.js';
import { analyzeInput, type AnalyzeOptions } from '../service/index.js';
import type { ItemOutcome, Store } from '../store/index.js';
import type { AlertRunOptions } from './alerts/run.js';
import type { HostGate } from './host-gate.js';
import type { ArticleJob, JobSink } from './job.js';
import { resumeStoredItem, storeItemDoc } from './store-item.js';

export interface ArticleJobDeps {
  store: Store;
  /** How to analyse: with `runner` (an `AnalyzerPool`), in workers under the per-article deadline. */
  analyze: AnalyzeOptions;
  fetch: FetchOptions;
  maxBytes: number;
  /** Politeness per host for the article fetch; absent, the fetch goes straight out. */
  gate?: HostGate;
  now?: () => Date;
  alerts?: AlertRunOptions;
  /** Told what became of each job. */
  onDone?: (job: ArticleJob, outcome: ItemOutcome) => void;
}

/**
 * Fetches, analyses and stores one article a feed listed, records the outcome on its item (so it is never
 * fetched again) and, when the article is new to the store, runs the alerts on it (`storeItemDoc`; an
 * earlier attempt that stored it and stopped is finished instead: `resumeStoredItem`). A bad page fails
 * the item for good; a transient failure (network, timeout, busy) leaves it to be retried next round. A
 * store failure is thrown: it is not the article's fault. A queue worker stores the same way (src/queue).
 */
export async function runArticleJob(job: ArticleJob, deps: ArticleJobDeps): Promise<ItemOutcome> {
  const now = deps.now ?? (() => new Date());
  const watch = deps.store.watch();
  let outcome: ItemOutcome;
  try {
    const at = now().toISOString();
    outcome =
      (await resumeStoredItem(deps.store, job, at, deps.alerts)) ?? (await fetchAndStore(job, deps, now));
  } catch (error) {
    if (error instanceof NewsgraphError && error.code === 'STORE_FAILED') throw error;
    const record = failureRecord(error);
    outcome = { status: record.permanent ? 'failed' : 'retry', error: record.error };
    await watch.finishItem(job, outcome, now().toISOString());
  }
  deps.onDone?.(job, outcome);
  return outcome;
}

async function fetchAndStore(job: ArticleJob, deps: ArticleJobDeps, now: () => Date): Promise<ItemOutcome> {
  const fetch = (): ReturnType<typeof readUrlItem> => readUrlItem(job.url, deps.maxBytes, deps.fetch);
  const read = deps.gate ? await deps.gate.run(job.url, fetch) : await fetch();
  if (!read.ok) throw read.error;
  const fallbackMeta = {
    ...(job.title ? { title: job.title } : {}),
    ...(job.published ? { published: job.published } : {}),
  };
  const doc = await analyzeInput({ ...read.input, fallbackMeta }, deps.analyze);
  return storeItemDoc(deps.store, job, doc, now().toISOString(), deps.alerts);
}

/** The single-process sink (SQLite, or any store without a queue): each job is run here, now. */
export function inProcessSink(deps: ArticleJobDeps): JobSink {
  return {
    submit: async (job) => {
      await runArticleJob(job, deps);
    },
  };
}
