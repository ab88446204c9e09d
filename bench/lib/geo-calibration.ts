/**
 * Does a place's confidence mean something? Each place of ours that lines up with a located gold toponym
 * (same span, else overlapping, one-to-one) is an outcome: its confidence and whether it lies within 161 km
 * of the gold point. Places that line up with no gold toponym are counted apart (`unmatched`): some are
 * names that are no places, some are places the annotators left out, so they are shown, not scored.
 *
 * The table bins outcomes by confidence; `fitSteps` fits a monotone step function (isotonic regression by
 * pool-adjacent-violators, blocks of at least `minBlock` outcomes) from raw confidence to share right, the
 * table `src/geo/calibration.ts` applies.
 */
import type { Doc } from '../../src/doc/types.js';
import type { CalibrationStep } from '../../src/geo/calibration.js';
import type { GeoArticle } from './geo-corpora.js';
import { haversineKm } from './geo-metrics.js';
import { toRawSpan } from './raw-spans.js';
import { alignSpans } from './spans.js';

export interface Outcome {
  confidence: number;
  right: boolean;
}

export interface PlaceOutcomes {
  scored: Outcome[];
  /** Confidences of places that line up with no gold toponym. */
  unmatched: number[];
}

const RIGHT_KM = 161;

export function placeOutcomes(article: GeoArticle, doc: Doc): PlaceOutcomes {
  const spans = doc.places.map((p) => toRawSpan(doc.toRaw, p));
  const pairs = alignSpans(article.toponyms, spans);
  const paired = new Set(pairs.map(([, p]) => p));
  const scored: Outcome[] = [];
  for (const [g, p] of pairs) {
    const gold = article.toponyms[g]!;
    const place = doc.places[p]!;
    if (gold.lat === undefined || gold.lon === undefined) continue;
    const km = haversineKm(gold.lat, gold.lon, place.lat, place.lon);
    scored.push({ confidence: place.confidence, right: km < RIGHT_KM });
  }
  const unmatched = doc.places.filter((_, i) => !paired.has(i)).map((p) => p.confidence);
  return { scored, unmatched };
}

/** Lower edges of the table's bins. */
export const BIN_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;

export interface CalibrationRow {
  from: number;
  to: number;
  n: number;
  right: number;
  unmatched: number;
}

export function calibrationTable(outcomes: PlaceOutcomes): CalibrationRow[] {
  const binOf = (c: number): number => BIN_EDGES.findLastIndex((edge) => c >= edge);
  const rows = BIN_EDGES.map((from, i) => ({
    from,
    to: BIN_EDGES[i + 1] ?? 1,
    n: 0,
    right: 0,
    unmatched: 0,
  }));
  for (const o of outcomes.scored) {
    const row = rows[binOf(o.confidence)]!;
    row.n++;
    if (o.right) row.right++;
  }
  for (const c of outcomes.unmatched) rows[binOf(c)]!.unmatched++;
  return rows;
}

/** Share right among outcomes at or above `threshold`, and how many those are. */
export function rightAtOrAbove(
  outcomes: readonly Outcome[],
  threshold: number,
): { share: number; n: number } {
  const above = outcomes.filter((o) => o.confidence >= threshold);
  return { share: above.length ? above.filter((o) => o.right).length / above.length : 0, n: above.length };
}

export function formatTable(title: string, rows: readonly CalibrationRow[]): string[] {
  const lines = [title, 'confidence      n  right  share  unmatched'];
  for (const r of rows) {
    const share = r.n ? (r.right / r.n).toFixed(3) : '    -';
    const bin = `${r.from.toFixed(2)}–${r.to.toFixed(2)}`;
    lines.push(
      `${bin.padEnd(10)}${String(r.n).padStart(7)}${String(r.right).padStart(7)}  ${share}${String(r.unmatched).padStart(11)}`,
    );
  }
  return lines;
}

/**
 * Isotonic regression of `right` on raw confidence: outcomes with equal confidence form one block, adjacent
 * blocks whose shares do not increase are pooled (pool-adjacent-violators), then any block of fewer than
 * `minBlock` outcomes is pooled with the neighbour nearer in share (so a step rests on enough cases; pooling
 * neighbours of a monotone sequence keeps it monotone). Each block becomes a step from its lowest confidence
 * (the first from 0).
 */
export function fitSteps(outcomes: readonly Outcome[], minBlock = 40): CalibrationStep[] {
  const sorted = [...outcomes].sort((a, b) => a.confidence - b.confidence);
  const blocks: Block[] = [];
  for (const o of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.from === o.confidence) {
      last.n++;
      last.right += o.right ? 1 : 0;
    } else blocks.push({ from: o.confidence, n: 1, right: o.right ? 1 : 0 });
  }
  const pooled: Block[] = [];
  for (const b of blocks) {
    pooled.push({ ...b });
    while (pooled.length > 1 && share(pooled[pooled.length - 2]!) >= share(pooled[pooled.length - 1]!))
      mergeAt(pooled, pooled.length - 2);
  }
  for (let i = smallest(pooled); i >= 0 && pooled.length > 1; i = smallest(pooled)) {
    const before = pooled[i - 1];
    const after = pooled[i + 1];
    const useBefore =
      before && (!after || share(pooled[i]!) - share(before) <= share(after) - share(pooled[i]!));
    mergeAt(pooled, useBefore ? i - 1 : i);
  }
  return pooled.map((b, i) => ({ from: i === 0 ? 0 : b.from, value: Math.round(100 * share(b)) / 100 }));

  function smallest(list: readonly Block[]): number {
    let at = -1;
    list.forEach((b, i) => {
      if (b.n < minBlock && (at < 0 || b.n < list[at]!.n)) at = i;
    });
    return at;
  }
}

interface Block {
  from: number;
  n: number;
  right: number;
}

const share = (b: Block): number => b.right / b.n;

/** Pools block i + 1 into block i. */
function mergeAt(blocks: Block[], i: number): void {
  const [b] = blocks.splice(i + 1, 1);
  blocks[i]!.n += b!.n;
  blocks[i]!.right += b!.right;
}
