import { setTimeout as sleep } from 'node:timers/promises';
import type { FeedSpec } from './feeds-file.js';
import { pollRound, type RoundOptions, type RoundSummary } from './round.js';

export interface WatchLoopOptions extends RoundOptions {
  /** One round, then return (tests, cron). */
  once?: boolean;
  /** Stops the loop between rounds (SIGINT, SIGTERM). */
  signal?: AbortSignal;
  onRound?: (summary: RoundSummary) => void;
}

/** Never sleep less than this between rounds, so a feed due in the past cannot make the loop spin. */
const MIN_PAUSE_MS = 1000;

/**
 * Polls the feeds in rounds until stopped: after each round it sleeps until the earliest listed feed is due
 * (at most the default interval), so every feed keeps its own interval and backoff.
 */
export async function watchFeeds(feeds: readonly FeedSpec[], options: WatchLoopOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const listed = new Set(feeds.map((feed) => feed.url));
  while (!options.signal?.aborted) {
    options.onRound?.(await pollRound(feeds, options));
    if (options.once) return;
    const states = (await options.store.watch().feedStates()).filter((state) => listed.has(state.url));
    const nextDue = Math.min(
      ...states.map((state) => (state.nextPollAt ? Date.parse(state.nextPollAt) : now().getTime())),
    );
    const pause = Math.min(Math.max(nextDue - now().getTime(), MIN_PAUSE_MS), options.everySeconds * 1000);
    try {
      await sleep(pause, undefined, options.signal ? { signal: options.signal } : {});
    } catch {
      return; // aborted while sleeping
    }
  }
}
