/**
 * Matching gold spans to predicted spans, as counts for precision/recall/F1.
 * - exact: a prediction is correct when a gold span has the same start and end (each gold span can be
 *   claimed once, so duplicate predictions count as false positives);
 * - overlap, one-to-one: a gold and a predicted span match when they share at least one character; each
 *   span is used at most once. Pairs are taken greedily by decreasing overlap length (ties: earlier gold,
 *   then earlier prediction), which is deterministic and finds the maximum matching in the usual case of
 *   few, mostly disjoint spans.
 */
import type { Span } from '../../src/doc/types.js';

export interface MatchCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Pairs `[goldIndex, predictedIndex]`. */
export type Pairs = [number, number][];

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function matchExact(gold: readonly Span[], predicted: readonly Span[]): Pairs {
  const unclaimed = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const key = `${g.start}:${g.end}`;
    unclaimed.set(key, [...(unclaimed.get(key) ?? []), i]);
  });
  const pairs: Pairs = [];
  predicted.forEach((p, j) => {
    const i = unclaimed.get(`${p.start}:${p.end}`)?.shift();
    if (i !== undefined) pairs.push([i, j]);
  });
  return pairs;
}

export function matchOverlap(gold: readonly Span[], predicted: readonly Span[]): Pairs {
  const candidates: { i: number; j: number; length: number }[] = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const length = overlapLength(g, p);
      if (length > 0) candidates.push({ i, j, length });
    }),
  );
  candidates.sort((a, b) => b.length - a.length || a.i - b.i || a.j - b.j);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Pairs = [];
  for (const { i, j } of candidates) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue;
    usedGold.add(i);
    usedPredicted.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

export function countsOf(pairs: Pairs, gold: number, predicted: number): MatchCounts {
  return { tp: pairs.length, fp: predicted - pairs.length, fn: gold - pairs.length };
}

export function addCounts(total: MatchCounts, part: MatchCounts): void {
  total.tp += part.tp;
  total.fp += part.fp;
  total.fn += part.fn;
}
