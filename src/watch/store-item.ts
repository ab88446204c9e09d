import type { Doc } from '../doc/types.js';
import type { ItemOutcome, Store } from '../store/index.js';
import { runAlerts, type AlertRunOptions } from './alerts/run.js';
import type { ArticleJob } from './job.js';

/**
 * Storing a feed item's article, and what follows it, so that an attempt stopped at any point (a killed
 * worker, a crash) and run again neither loses nor repeats anything:
 * 1. the open item notes the article id it is about to store as new (`markItemArticle`);
 * 2. the article is stored (`put` inserts nothing for a known id);
 * 3. the alerts run on it (each hit recorded once in `alert_hits` before it is delivered);
 * 4. the item is marked stored (a finished item is never fetched or queued again).
 * An attempt that finds the note on the open item and the article stored resumes at 3 (`resumeStoredItem`)
 * instead of fetching again; without the note, a stored article is another source's: a duplicate, no alert.
 */
export async function storeItemDoc(
  store: Store,
  job: ArticleJob,
  doc: Doc,
  at: string,
  alerts?: AlertRunOptions,
): Promise<ItemOutcome> {
  await store.watch().markItemArticle(job, doc.id);
  const { inserted } = await store.put(doc, { origin: job.feedUrl || job.url });
  if (!inserted) {
    const outcome: ItemOutcome = { status: 'duplicate', articleId: doc.id };
    await store.watch().finishItem(job, outcome, at);
    return outcome;
  }
  return alertAndFinish(store, job, doc, at, alerts);
}

/**
 * Finishes an item whose earlier attempt stored its article but stopped before marking it stored: runs the
 * alerts (those already recorded do not fire again) and marks it. Undefined when there is no such attempt
 * to finish (the item is done, was never noted, or its article was not stored after all).
 */
export async function resumeStoredItem(
  store: Store,
  job: ArticleJob,
  at: string,
  alerts?: AlertRunOptions,
): Promise<ItemOutcome | undefined> {
  const noted = await store.watch().openItemArticle(job);
  const doc = noted === undefined ? undefined : await store.get(noted);
  return doc ? alertAndFinish(store, job, doc, at, alerts) : undefined;
}

async function alertAndFinish(
  store: Store,
  job: ArticleJob,
  doc: Doc,
  at: string,
  alerts: AlertRunOptions | undefined,
): Promise<ItemOutcome> {
  await runAlerts(store.watch(), doc, job, at, alerts);
  const outcome: ItemOutcome = { status: 'stored', articleId: doc.id };
  await store.watch().finishItem(job, outcome, at);
  return outcome;
}
