import { decodeBody, fetchPage, type FetchOptions } from '../ingest/fetch/index.js';
import { NewsgraphError } from '../errors.js';
import type { FeedState, PollRecord } from '../store/index.js';
import { feedJobs } from './feed-jobs.js';
import type { HostGate } from './host-gate.js';
import type { ArticleJob } from './job.js';
import type { RobotsRules } from './robots.js';
import { addSeconds, nextPollDelay, retryAfterSeconds } from './schedule.js';

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
  'text/html', // servers mislabel feeds; the parser decides
  'text/plain',
];
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PASSED = new Set([304, 429, 503]);

export interface FeedPollDeps {
  gate: HostGate;
  robots: RobotsRules;
  fetch: FetchOptions;
  maxBytes: number;
}

/** What one poll of a feed found, and what the store is to remember of it. */
export interface FeedPoll {
  record: PollRecord;
  /** The feed's items in feed order (empty unless it answered 200). */
  jobs: ArticleJob[];
}

/**
 * Polls one feed: robots.txt first, then a conditional GET (If-None-Match / If-Modified-Since from the last
 * 200) through the host gate. 304 is "unchanged"; 429 and 503 are errors whose Retry-After pushes the next
 * poll back (and pauses the host's other feeds); every other failure is an error too, backed off.
 */
export async function pollFeed(feed: FeedState, now: Date, deps: FeedPollDeps): Promise<FeedPoll> {
  const at = now.toISOString();
  const failed = (error: string, retryAfter?: number): FeedPoll => ({
    jobs: [],
    record: {
      at,
      result: 'error',
      error,
      nextPollAt: addSeconds(now, nextPollDelay(feed.everySeconds, feed.errorStreak + 1, retryAfter)),
    },
  });
  const blocked = deps.gate.blockedUntil(feed.url, Date.now());
  if (blocked !== undefined)
    return failed('the host asked to wait (Retry-After)', Math.ceil((blocked - Date.now()) / 1000));
  try {
    const robots = await deps.robots.verdict(feed.url);
    if (robots !== 'allowed')
      return failed(`${robots === 'disallowed' ? 'disallowed by' : 'no answer for'} robots.txt`);
    const headers: Record<string, string> = {
      ...(feed.etag ? { 'if-none-match': feed.etag } : {}),
      ...(feed.lastModified ? { 'if-modified-since': feed.lastModified } : {}),
    };
    const page = await deps.gate.run(feed.url, () =>
      fetchPage(feed.url, deps.maxBytes, deps.fetch, {
        headers,
        accept: { header: FEED_ACCEPT, types: FEED_TYPES },
        passStatuses: PASSED,
      }),
    );
    const ok = { at, nextPollAt: addSeconds(now, feed.everySeconds) };
    if (page.status === 304) return { jobs: [], record: { ...ok, result: 'unchanged' } };
    if (page.status === 429 || page.status === 503) {
      const wait = retryAfterSeconds(headerOf(page.headers, 'retry-after'), now);
      if (wait !== undefined) deps.gate.block(feed.url, Date.now() + wait * 1000);
      return failed(`HTTP ${page.status}${wait === undefined ? '' : ` (Retry-After ${wait} s)`}`, wait);
    }
    const body = decodeBody(feed.url, page.bytes, page.contentType, false);
    const { jobs } = feedJobs(feed.url, body.text);
    const etag = headerOf(page.headers, 'etag');
    const lastModified = headerOf(page.headers, 'last-modified');
    return {
      jobs,
      record: { ...ok, result: 'ok', ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch (error) {
    return failed(reason(feed.url, error));
  }
}

function headerOf(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The error without the feed's URL in front (the feed's row says which feed). */
function reason(url: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const bare =
    error instanceof NewsgraphError && message.startsWith(`${url}: `)
      ? message.slice(url.length + 2)
      : message;
  return bare.replace(/\s*\n\s*/g, ' ');
}
