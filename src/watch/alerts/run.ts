import type { Doc } from '../../doc/types.js';
import type { WatchStore } from '../../store/index.js';
import type { ArticleJob } from '../job.js';
import { deliverHit, type AlertHit, type DeliveryOptions } from './deliver.js';
import { matchesDoc } from './match.js';

export interface AlertRunOptions extends DeliveryOptions {
  /** Told about a match that could not be delivered (the run goes on). */
  onError?: (alertName: string, error: unknown) => void;
}

/**
 * Runs every saved alert on a newly stored article: a match is recorded first (so an alert fires at most once
 * per article, even when the article comes back) and then delivered. Returns the hits delivered.
 */
export async function runAlerts(
  watch: WatchStore,
  doc: Doc,
  job: ArticleJob | undefined,
  at: string,
  options: AlertRunOptions = {},
): Promise<AlertHit[]> {
  const delivered: AlertHit[] = [];
  for (const alert of await watch.listAlerts()) {
    if (!matchesDoc(alert.query, doc)) continue;
    if (alert.query.text !== undefined && !(await watch.articleMatchesText(doc.id, alert.query.text)))
      continue;
    if (!(await watch.recordAlertHit(alert.id, doc.id, at))) continue;
    const title = doc.meta.title ?? job?.title;
    const published = doc.meta.published ?? job?.published;
    const hit: AlertHit = {
      alert: { id: alert.id, name: alert.name },
      article: {
        id: doc.id,
        ...(doc.source.uri ? { url: doc.source.uri } : job ? { url: job.url } : {}),
        ...(title ? { title } : {}),
        ...(published ? { published } : {}),
        ...(job ? { feedUrl: job.feedUrl } : {}),
      },
      at,
    };
    try {
      await deliverHit(alert.target, hit, options);
      delivered.push(hit);
    } catch (error) {
      options.onError?.(alert.name, error);
    }
  }
  return delivered;
}
