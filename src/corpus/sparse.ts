import type { SparseVector } from './types.js';

/** Counts of each key: the term-frequency vector of a bag of keys. */
export function countKeys(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

export function norm(v: SparseVector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Dot product, iterating the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/** The `n` heaviest entries (ties broken by key, for determinism), scaled to unit length. */
export function topUnit(v: SparseVector, n: number): SparseVector {
  const entries = [...v].filter(([, x]) => x > 0);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = entries.slice(0, n);
  const length = Math.sqrt(kept.reduce((s, [, x]) => s + x * x, 0));
  return new Map(length > 0 ? kept.map(([k, x]) => [k, x / length]) : []);
}

/** Keys of the `n` heaviest entries, heaviest first. */
export function topKeys(v: SparseVector, n: number): string[] {
  return [...v]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}
