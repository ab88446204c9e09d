/**
 * The Zyte (scrapinghub) article-extraction-benchmark metric, `evaluate.py` there:
 * - tokens are the matches of Python's `re.compile(r'\w+', re.UNICODE | re.IGNORECASE …)`, case kept
 *   (IGNORECASE changes nothing for `\w`; nothing is lower-cased); Python's Unicode `\w` is a letter, a
 *   number or `_` (combining marks are not `\w` in Python's `re`);
 * - shingles are the token 4-grams; a text with fewer than 4 tokens has one shingle of all its tokens;
 * - per document, over the multiset of shingles: TP = Σ min(true, pred), FP = Σ max(0, pred − true),
 *   FN = Σ max(0, true − pred), then divided by TP+FP+FN so long texts do not weigh more;
 * - precision = TP/(TP+FP) (1 when FP = FN = 0, 0 when TP = FP = 0), recall likewise with FN;
 * - the benchmark's precision is the mean over documents with TP+FP > 0, recall the mean over documents
 *   with TP+FN > 0, and F1 the harmonic mean of those two means.
 */
import { harmonicMean, type Prf } from './prf.js';

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;
/** Joins a shingle's tokens into one map key; no token contains it. */
const JOIN = '\u0000';

export function benchmarkTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(JOIN);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised TP/FP/FN of one document (they sum to 1 unless both texts have no tokens). */
export function shingleMatch(truth: string, predicted: string, n = SHINGLE_SIZE): ShingleCounts {
  const gold = shingles(truth, n);
  const pred = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...gold.keys(), ...pred.keys()])) {
    const g = gold.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function shinglePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function shingleRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The benchmark's figures over all documents. */
export function shingleScores(documents: readonly ShingleCounts[]): Prf {
  const precision = mean(documents.filter((d) => d.tp + d.fp > 0).map(shinglePrecision));
  const recall = mean(documents.filter((d) => d.tp + d.fn > 0).map(shingleRecall));
  return { precision, recall, f1: harmonicMean(precision, recall) };
}
