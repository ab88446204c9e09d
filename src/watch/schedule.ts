/** Longest wait after errors: a feed that keeps failing is still tried a few times a day. */
export const MAX_BACKOFF_SECONDS = 6 * 3600;
/** A Retry-After longer than this is read as this (a server cannot switch a feed off for a week). */
export const MAX_RETRY_AFTER_SECONDS = 24 * 3600;

/**
 * Seconds until a feed's next poll: its interval after a success; after `streak` failures in a row, the
 * interval doubled for each (capped at 6 hours, never below the interval); never sooner than a Retry-After.
 */
export function nextPollDelay(everySeconds: number, streak: number, retryAfterSeconds?: number): number {
  const backoff =
    streak === 0
      ? everySeconds
      : Math.max(everySeconds, Math.min(everySeconds * 2 ** streak, MAX_BACKOFF_SECONDS));
  return Math.max(backoff, Math.min(retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS));
}

/** A Retry-After header (seconds, or an HTTP date) as seconds from `now`; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

export const addSeconds = (at: Date, seconds: number): string =>
  new Date(at.getTime() + seconds * 1000).toISOString();
