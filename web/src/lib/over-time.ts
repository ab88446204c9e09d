/**
 * Articles over time for a story's chart: counts per day when the dates span two months or less, else
 * per month, with every bucket between the first and last (empty ones too, so gaps show).
 */

export interface Bucket {
  /** `2005-01-15` (days) or `2005-01` (months). */
  label: string;
  count: number;
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 62;

export function articlesOverTime(published: readonly (string | undefined)[]): Bucket[] {
  const days = published
    .filter((p): p is string => !!p && /^\d{4}-\d{2}-\d{2}/.test(p))
    .map((p) => p.slice(0, 10));
  if (days.length === 0) return [];
  const sorted = [...days].sort();
  const first = Date.parse(`${sorted[0]}T00:00:00Z`);
  const last = Date.parse(`${sorted.at(-1)}T00:00:00Z`);
  const byDay = (last - first) / DAY_MS <= MAX_DAYS;
  const keyOf = (day: string): string => (byDay ? day : day.slice(0, 7));
  const counts = new Map<string, number>();
  for (const day of days) counts.set(keyOf(day), (counts.get(keyOf(day)) ?? 0) + 1);
  const buckets: Bucket[] = [];
  const at = new Date(first);
  if (!byDay) at.setUTCDate(1);
  while (at.getTime() <= last) {
    const label = keyOf(at.toISOString().slice(0, 10));
    buckets.push({ label, count: counts.get(label) ?? 0 });
    if (byDay) at.setUTCDate(at.getUTCDate() + 1);
    else at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return buckets;
}
