/** Small pure helpers for the throughput benchmark: splitting work, sampling, rates, units. */

/**
 * Deals items to `parts` workers round-robin (item i goes to part i mod parts), so every part gets the same
 * count ±1 and a mix of the whole list, even when the list is sorted by topic or length.
 */
export function dealRoundRobin<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.floor(parts));
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => out[i % n]?.push(item));
  return out;
}

/** `k` indices spread evenly over `0..n-1` (all of them when k is 0 or at least n). */
export function evenSample(n: number, k: number): number[] {
  if (k <= 0 || k >= n) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: k }, (_, i) => Math.floor((i * n) / k));
}

/** Items per second, given a duration in milliseconds (0 when nothing was timed). */
export function perSecond(count: number, ms: number): number {
  return ms <= 0 ? 0 : (count * 1000) / ms;
}

export const MIB = 1024 * 1024;

export function toMib(bytes: number): number {
  return bytes / MIB;
}

/** Adds `ms` to the running total of `key`. */
export function addTime(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}
