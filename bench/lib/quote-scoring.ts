/**
 * Scores one article's predicted quotes against its PolNeAR gold contents, all spans in the same (file)
 * coordinates. Both sides are trimmed of quotation marks, punctuation and white space (`quote-marks.ts`).
 * - directExact: gold direct fragments vs our whole direct quotes, exact start and end. Our partial quotes
 *   (`partial: true`, a few quoted words woven into the writer's clause) are PolNeAR's mixed Content, which
 *   it annotates as one longer indirect fragment; they are scored in allOverlap and in partialInsideGold,
 *   and the strict figure that counts them as direct quotes anyway is directWithPartialExact;
 * - directOverlap: the same, one-to-one any-overlap matching (`span-match.ts`);
 * - speaker: over the directOverlap pairs whose gold fragment has a Source, how many of our speakers are
 *   right (`speaker.ts`); a quote without a speaker is wrong;
 * - allOverlap: every gold fragment (direct and indirect) vs every one of our quotes, one-to-one overlap.
 * Scare quotes (`scare: true`) are not quotes of speech and are left out of the predictions.
 */
import type { Span } from '../../src/doc/types.js';
import type { GoldContent } from './polnear.js';
import { trimForComparison } from './quote-marks.js';
import {
  addCounts,
  countsOf,
  matchExact,
  matchOverlap,
  overlapLength,
  type MatchCounts,
} from './span-match.js';
import { speakerIsRight, type PredictedSpeaker } from './speaker.js';

export interface PredictedQuote {
  span: Span;
  direct: boolean;
  /** A direct quote woven into the writer's clause (PolNeAR mixed content). */
  partial?: boolean;
  speaker: PredictedSpeaker;
}

export interface QuoteTally {
  directExact: MatchCounts;
  directOverlap: MatchCounts;
  /** Gold direct fragments vs all our direct quotes, partial ones included (the strict figure). */
  directWithPartialExact: MatchCounts;
  /** Our partial quotes, and how many of them overlap some gold Content. */
  partial: number;
  partialInsideGold: number;
  allOverlap: MatchCounts;
  speakerJudged: number;
  speakerRight: number;
  /** Our direct quotes matching no gold direct fragment but overlapping some gold Content (partial quotes). */
  spuriousInsideGold: number;
}

export function emptyTally(): QuoteTally {
  return {
    directExact: { tp: 0, fp: 0, fn: 0 },
    directOverlap: { tp: 0, fp: 0, fn: 0 },
    directWithPartialExact: { tp: 0, fp: 0, fn: 0 },
    partial: 0,
    partialInsideGold: 0,
    allOverlap: { tp: 0, fp: 0, fn: 0 },
    speakerJudged: 0,
    speakerRight: 0,
    spuriousInsideGold: 0,
  };
}

export function addTally(total: QuoteTally, part: QuoteTally): void {
  addCounts(total.directExact, part.directExact);
  addCounts(total.directOverlap, part.directOverlap);
  addCounts(total.directWithPartialExact, part.directWithPartialExact);
  total.partial += part.partial;
  total.partialInsideGold += part.partialInsideGold;
  addCounts(total.allOverlap, part.allOverlap);
  total.speakerJudged += part.speakerJudged;
  total.speakerRight += part.speakerRight;
  total.spuriousInsideGold += part.spuriousInsideGold;
}

/** A gold direct quote our quotes missed, or one whose speaker we got wrong (for the error listing). */
export interface QuoteError {
  kind: 'missed' | 'wrong-speaker' | 'spurious';
  gold?: GoldContent;
  predicted?: PredictedQuote;
}

export function scoreArticle(
  text: string,
  gold: readonly GoldContent[],
  predicted: readonly PredictedQuote[],
): { tally: QuoteTally; errors: QuoteError[] } {
  const trim = (span: Span): Span => trimForComparison(text, span);
  const goldDirect = gold.filter((g) => g.direct);
  const predictedDirect = predicted.filter((p) => p.direct && !p.partial);
  const predictedPartial = predicted.filter((p) => p.direct && p.partial);
  const goldDirectSpans = goldDirect.map((g) => trim(g.span));
  const predictedDirectSpans = predictedDirect.map((p) => trim(p.span));
  const withPartial = matchExact(
    goldDirectSpans,
    predicted.filter((p) => p.direct).map((p) => trim(p.span)),
  );

  const exact = matchExact(goldDirectSpans, predictedDirectSpans);
  const overlap = matchOverlap(goldDirectSpans, predictedDirectSpans);
  const all = matchOverlap(
    gold.map((g) => trim(g.span)),
    predicted.map((p) => trim(p.span)),
  );

  const errors: QuoteError[] = [];
  let speakerJudged = 0;
  let speakerRight = 0;
  for (const [i, j] of overlap) {
    const source = goldDirect[i]!.source;
    if (!source) continue;
    speakerJudged++;
    if (speakerIsRight(predictedDirect[j]!.speaker, source)) speakerRight++;
    else errors.push({ kind: 'wrong-speaker', gold: goldDirect[i]!, predicted: predictedDirect[j]! });
  }
  const foundGold = new Set(overlap.map(([i]) => i));
  const usedPredicted = new Set(overlap.map(([, j]) => j));
  goldDirect.forEach((g, i) => foundGold.has(i) || errors.push({ kind: 'missed', gold: g }));
  let spuriousInsideGold = 0;
  predictedDirect.forEach((p, j) => {
    if (usedPredicted.has(j)) return;
    errors.push({ kind: 'spurious', predicted: p });
    if (gold.some((g) => overlapLength(g.span, p.span) > 0)) spuriousInsideGold++;
  });

  return {
    tally: {
      directExact: countsOf(exact, goldDirect.length, predictedDirect.length),
      directOverlap: countsOf(overlap, goldDirect.length, predictedDirect.length),
      directWithPartialExact: countsOf(
        withPartial,
        goldDirect.length,
        predictedDirect.length + predictedPartial.length,
      ),
      partial: predictedPartial.length,
      partialInsideGold: predictedPartial.filter((p) => gold.some((g) => overlapLength(g.span, p.span) > 0))
        .length,
      allOverlap: countsOf(all, gold.length, predicted.length),
      speakerJudged,
      speakerRight,
      spuriousInsideGold,
    },
    errors,
  };
}
