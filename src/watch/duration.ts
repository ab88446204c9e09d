import { NewsgraphError } from '../errors.js';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
const DURATION = /^(\d+(?:\.\d+)?)\s*([smhd])$/i;

/** Shortest interval a feed may be polled at: a feed is not a chat, and its host is not ours. */
export const MIN_EVERY_SECONDS = 10;
export const MAX_EVERY_SECONDS = 7 * 86_400;

/**
 * `15m`, `30s`, `2h`, `1d` as seconds, between 10 s and 7 days; anything else is BAD_ARGUMENT naming
 * `where` (the option, or the feeds file and line).
 */
export function parseEvery(value: string, where: string): number {
  const match = DURATION.exec(value.trim());
  const seconds = match ? Math.round(Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase()]!) : NaN;
  if (!(seconds >= MIN_EVERY_SECONDS && seconds <= MAX_EVERY_SECONDS))
    throw new NewsgraphError(
      'BAD_ARGUMENT',
      where,
      `"${value}" is not an interval from 10s to 7d (a number and s, m, h or d: 15m)`,
    );
  return seconds;
}

/** Seconds as the shortest of `90s`, `15m`, `2h`, `1d` that says it exactly. */
export function formatEvery(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const)
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}
