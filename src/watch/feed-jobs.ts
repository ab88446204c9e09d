import { NewsgraphError } from '../errors.js';
import { normalisePublished } from '../extract/index.js';
import type { FeedEntry } from '../ingest/readers/feed/entry.js';
import { entryReader, parseItem } from '../ingest/readers/feed/index.js';
import { splitFeed } from '../ingest/readers/feed/split.js';
import type { ArticleJob } from './job.js';

/** What a polled feed lists: a job per item with a link; `skipped` counts items that could not be read. */
export interface FeedListing {
  jobs: ArticleJob[];
  skipped: number;
}

/**
 * The article jobs of a fetched RSS or Atom feed, in feed order, read by the same item-at-a-time parser as
 * `ingest` (a broken item is skipped, the others still listed). Links are resolved against the feed's URL;
 * an item's id is its guid (RSS) or id (Atom), else its link. Throws INPUT_BAD_FORMAT when the document is
 * no feed at all.
 */
export function feedJobs(feedUrl: string, content: string): FeedListing {
  const split = splitFeed(content);
  if (split.declaresEntities)
    throw new NewsgraphError('INPUT_BAD_FORMAT', feedUrl, 'its DOCTYPE declares entities; never expanded');
  const read = entryReader(split.root);
  if (!read)
    throw new NewsgraphError(
      'INPUT_BAD_FORMAT',
      feedUrl,
      `not an RSS or Atom feed (root <${split.root ?? ''}>)`,
    );
  const listing: FeedListing = { jobs: [], skipped: 0 };
  split.items.forEach((fragment, i) => {
    const entry = parseItem(fragment, `${feedUrl} item ${i + 1}`, read);
    const job = entry instanceof NewsgraphError ? undefined : jobOf(feedUrl, entry);
    if (job) listing.jobs.push(job);
    else listing.skipped++;
  });
  return listing;
}

function jobOf(feedUrl: string, entry: FeedEntry): ArticleJob | undefined {
  const url = entry.link && URL.canParse(entry.link, feedUrl) ? new URL(entry.link, feedUrl) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  url.hash = '';
  const published = normalisePublished(entry.date);
  return {
    url: url.href,
    feedUrl,
    itemId: entry.id ?? url.href,
    ...(entry.title ? { title: entry.title } : {}),
    ...(published ? { published } : {}),
  };
}
