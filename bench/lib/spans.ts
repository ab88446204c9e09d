/**
 * One-to-one alignment of gold and predicted spans for the time and geo benchmarks, on top of the shared
 * matchers in span-match.ts: identical spans pair first (so a strict match is never lost to a longer
 * overlap), then the spans still free pair by decreasing overlap (`matchOverlap`).
 */
import type { Span } from '../../src/doc/types.js';
import { prfFromCounts, type Prf } from './prf.js';
import { matchExact, matchOverlap, type Pairs } from './span-match.js';

export type { Span };

export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** P = correct / predicted, R = correct / gold, F1 their harmonic mean; 0 where a denominator is 0. */
export function prf(correct: number, predicted: number, gold: number): Prf {
  return prfFromCounts(correct, predicted - correct, gold - correct);
}

/**
 * Pairs `[goldIndex, predictedIndex]`, sorted by gold index: each gold span pairs with at most one predicted
 * span and vice versa. With `exactOnly`, only identical spans pair.
 */
export function alignSpans(gold: readonly Span[], predicted: readonly Span[], exactOnly = false): Pairs {
  const exact = matchExact(gold, predicted);
  if (exactOnly) return exact.sort((a, b) => a[0] - b[0]);
  const goldPaired = new Set(exact.map(([g]) => g));
  const predictedPaired = new Set(exact.map(([, p]) => p));
  const goldLeft = gold.map((_, i) => i).filter((i) => !goldPaired.has(i));
  const predictedLeft = predicted.map((_, j) => j).filter((j) => !predictedPaired.has(j));
  const rest = matchOverlap(
    goldLeft.map((i) => gold[i]!),
    predictedLeft.map((j) => predicted[j]!),
  ).map(([g, p]): [number, number] => [goldLeft[g]!, predictedLeft[p]!]);
  return [...exact, ...rest].sort((a, b) => a[0] - b[0]);
}
