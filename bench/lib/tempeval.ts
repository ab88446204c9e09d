/**
 * TempEval-3 Task A scoring of temporal expressions, as the official scorer does it (UzZaman et al. 2013,
 * "SemEval-2013 Task 1: TempEval-3"; TE3-evaluation toolkit, `evaluation-entities/evaluate_entities.py`):
 *
 * - A gold and a system TIMEX3 that share text are a relaxed match (the toolkit's TimeML-Normalizer gives
 *   overlapping entities one id, so each entity matches at most one other: here `alignSpans`, one-to-one).
 *   A relaxed match whose extents are identical is also a strict match.
 * - Strict and relaxed P = matches / system timexes, R = matches / gold timexes, F1 harmonic mean; counts
 *   are summed over all documents before dividing (micro-average).
 * - Attribute accuracy (type, value) = relaxed-matched pairs whose attribute is string-equal / relaxed
 *   matches. Attribute F1 (the "value F1" TempEval-3 ranks systems by) = accuracy × relaxed F1, which is the
 *   F1 of P_attr = correct-attribute matches / system and R_attr = correct-attribute matches / gold.
 * - The creation time (DCT, tid t0) is not scored.
 * Not part of TE3, reported beside it: `valueCorrectIgnoringZone` also accepts a value that differs from
 * the gold one only by a trailing UTC offset (`T10:35+03:00` for gold `T10:35`; TimeML corpora never
 * write one), to show how much of the value error is that convention.
 */
import type { Prf } from './prf.js';
import { alignSpans, prf, sameSpan, type Span } from './spans.js';

export interface TimexAnnotation extends Span {
  type: string;
  value: string;
}

export interface Te3Counts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
  valueCorrectIgnoringZone: number;
}

export interface Te3Scores {
  strict: Prf;
  relaxed: Prf;
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

export const emptyCounts = (): Te3Counts => ({
  gold: 0,
  system: 0,
  relaxed: 0,
  strict: 0,
  typeCorrect: 0,
  valueCorrect: 0,
  valueCorrectIgnoringZone: 0,
});

const UTC_OFFSET = /(?:Z|[+-]\d\d(?::?\d\d)?)$/;

/** A TIMEX3 value without a trailing UTC offset on its clock time. */
export function withoutUtcOffset(value: string): string {
  return value.includes('T') ? value.replace(UTC_OFFSET, '') : value;
}

/** The matches of one document's system timexes against its gold timexes. */
export function countTimexes(
  gold: readonly TimexAnnotation[],
  system: readonly TimexAnnotation[],
): Te3Counts {
  const counts = { ...emptyCounts(), gold: gold.length, system: system.length };
  for (const [gi, si] of alignSpans(gold, system)) {
    const g = gold[gi]!;
    const s = system[si]!;
    counts.relaxed++;
    if (sameSpan(g, s)) counts.strict++;
    if (g.type === s.type) counts.typeCorrect++;
    if (g.value === s.value) counts.valueCorrect++;
    if (withoutUtcOffset(g.value) === withoutUtcOffset(s.value)) counts.valueCorrectIgnoringZone++;
  }
  return counts;
}

export function addCounts(a: Te3Counts, b: Te3Counts): Te3Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    typeCorrect: a.typeCorrect + b.typeCorrect,
    valueCorrect: a.valueCorrect + b.valueCorrect,
    valueCorrectIgnoringZone: a.valueCorrectIgnoringZone + b.valueCorrectIgnoringZone,
  };
}

export function te3Scores(c: Te3Counts): Te3Scores {
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const typeAccuracy = c.relaxed === 0 ? 0 : c.typeCorrect / c.relaxed;
  const valueAccuracy = c.relaxed === 0 ? 0 : c.valueCorrect / c.relaxed;
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: typeAccuracy * relaxed.f1,
    valueF1: valueAccuracy * relaxed.f1,
  };
}
