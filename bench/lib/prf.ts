/**
 * Precision, recall and F1 from counts, with the usual conventions: a ratio whose denominator is 0 is 0,
 * and F1 is the harmonic mean of precision and recall (0 when both are 0).
 */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function harmonicMean(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** From true positives, false positives and false negatives. */
export function prfFromCounts(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

/** Rounds a score for the JSON line (4 decimals, as the other benchmarks print). */
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A score as a percentage for the human-readable table. */
export const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
