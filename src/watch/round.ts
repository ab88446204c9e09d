import type { FetchOptions } from '../ingest/index.js';
import type { FeedState, ItemOutcome, PollRecord, Store } from '../store/index.js';
import type { FeedSpec } from './feeds-file.js';
import { pollFeed } from './feed-poll.js';
import type { HostGate } from './host-gate.js';
import type { ArticleJob, JobSink } from './job.js';
import type { RobotsRules } from './robots.js';

export interface RoundOptions {
  store: Store;
  /** Where new items go: `inProcessSink` here, a queue's sink with PostgreSQL. */
  sink: JobSink;
  gate: HostGate;
  robots: RobotsRules;
  fetch: FetchOptions;
  /** Largest feed body read, in bytes. */
  maxBytes: number;
  /** A feed's interval when the feeds file gives none. */
  everySeconds: number;
  /** Feeds polled at once (each host still one request at a time); default 8. */
  concurrency?: number;
  /** The clock for schedules and the state's times (tests step it); default the system clock. */
  now?: () => Date;
  /** Submit again items claimed earlier and never finished (a stop midway) or left to retry; default true. */
  resumeOpen?: boolean;
  /** Told about each feed polled: what the store records and how many new items it had. */
  onPoll?: (url: string, poll: PollRecord, newItems: number) => void;
}

export interface RoundSummary {
  /** Feeds due and polled. */
  polled: number;
  unchanged: number;
  failed: number;
  /** New items submitted to the sink. */
  submitted: number;
  /** New items robots.txt forbids: recorded, never fetched. */
  disallowed: number;
  /** Open items from before submitted again. */
  resumed: number;
}

/**
 * One poll round: registers the feeds, submits again what an earlier run left open, then polls every feed
 * that is due (a new feed at once; others at their interval or backoff) and submits each item neither seen
 * before by URL nor by id. Items are claimed in the store before they are submitted, so a stop at any point
 * loses none and a restart fetches none twice.
 */
export async function pollRound(feeds: readonly FeedSpec[], options: RoundOptions): Promise<RoundSummary> {
  const now = options.now ?? (() => new Date());
  const watch = options.store.watch();
  await watch.registerFeeds(
    feeds.map((feed) => ({ url: feed.url, everySeconds: feed.everySeconds ?? options.everySeconds })),
    now().toISOString(),
  );
  const summary: RoundSummary = {
    polled: 0,
    unchanged: 0,
    failed: 0,
    submitted: 0,
    disallowed: 0,
    resumed: 0,
  };
  if (options.resumeOpen ?? true) {
    for (const job of await watch.openItems()) {
      if (await submitAllowed(job, options, now)) summary.resumed++;
    }
  }
  const listed = new Set(feeds.map((feed) => feed.url));
  const due = (await watch.feedStates()).filter(
    (state) =>
      listed.has(state.url) &&
      (state.nextPollAt === undefined || Date.parse(state.nextPollAt) <= now().getTime()),
  );
  await eachLimited(due, options.concurrency ?? 8, (state) => pollOne(state, options, now, summary));
  return summary;
}

async function pollOne(
  state: FeedState,
  options: RoundOptions,
  now: () => Date,
  summary: RoundSummary,
): Promise<void> {
  const watch = options.store.watch();
  const poll = await pollFeed(state, now(), options);
  await watch.recordPoll(state.url, poll.record);
  summary.polled++;
  if (poll.record.result === 'unchanged') summary.unchanged++;
  if (poll.record.result === 'error') summary.failed++;
  let fresh = 0;
  for (const job of poll.jobs) {
    if (!(await watch.claimItem(job, now().toISOString()))) continue;
    fresh++;
    if (await submitAllowed(job, options, now)) summary.submitted++;
    else summary.disallowed++;
  }
  options.onPoll?.(state.url, poll.record, fresh);
}

/**
 * Submits a claimed item when robots.txt allows it; one it forbids is recorded and never fetched, and one
 * whose robots.txt has no answer is left to retry. True when submitted.
 */
async function submitAllowed(job: ArticleJob, options: RoundOptions, now: () => Date): Promise<boolean> {
  const verdict = await options.robots.verdict(job.url);
  if (verdict === 'allowed') {
    await options.sink.submit(job);
    return true;
  }
  const outcome: ItemOutcome =
    verdict === 'disallowed'
      ? { status: 'disallowed', error: 'disallowed by robots.txt' }
      : { status: 'retry', error: 'no answer for robots.txt' };
  await options.store.watch().finishItem(job, outcome, now().toISOString());
  return false;
}

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
