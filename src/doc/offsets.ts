import type { OffsetMap, Span } from './types.js';

/** The map of a text that is its raw text unchanged. */
export function identityMap(length: number): OffsetMap {
  return { segments: length > 0 ? [{ textStart: 0, rawStart: 0, length }] : [] };
}

/**
 * Builds the text of `raw` without the `removed` ranges, and the map from that text back to `raw`.
 * Ranges may overlap or touch and come in any order.
 */
export function deleteRanges(raw: string, removed: readonly Span[]): { text: string; toRaw: OffsetMap } {
  const sorted = [...removed].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const segments: OffsetMap['segments'] = [];
  const parts: string[] = [];
  let cursor = 0;
  let textLength = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    segments.push({ textStart: textLength, rawStart: from, length: to - from });
    parts.push(raw.slice(from, to));
    textLength += to - from;
  };
  for (const r of sorted) {
    keep(cursor, Math.min(r.start, raw.length));
    cursor = Math.max(cursor, r.end);
  }
  keep(cursor, raw.length);
  return { text: parts.join(''), toRaw: { segments } };
}

/**
 * Raw offset of a text offset. Where two kept segments meet, one text offset stands for two raw offsets
 * (the end of one segment and the start of the next): `side: 'start'` gives the next segment's start (for
 * a span's first character), `side: 'end'` the previous segment's end (for a span's exclusive end), so
 * `raw.slice(toRawOffset(m, s, 'start'), toRawOffset(m, e, 'end'))` never takes in removed text at its edges.
 */
export function toRawOffset(map: OffsetMap, offset: number, side: 'start' | 'end' = 'start'): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid]!;
    const segEnd = seg.textStart + seg.length;
    const before = side === 'start' ? offset < seg.textStart : offset <= seg.textStart;
    const after = side === 'start' ? offset >= segEnd : offset > segEnd;
    if (before) hi = mid - 1;
    else if (after) lo = mid + 1;
    else return seg.rawStart + (offset - seg.textStart);
  }
  // Outside every segment: before the first (offset 0 of an empty map) or at/after the end of the text.
  const first = segs[0];
  if (side === 'end' && offset <= 0 && first) return first.rawStart;
  const last = segs[segs.length - 1];
  if (side === 'start' && first && offset <= 0) return first.rawStart;
  return last ? last.rawStart + last.length : offset;
}

/**
 * The raw ranges a text span covers: one range per kept segment it touches. A span inside one segment
 * gives one range whose characters equal the span's.
 */
export function toRawRanges(map: OffsetMap, span: Span): Span[] {
  const out: Span[] = [];
  for (const seg of map.segments) {
    const from = Math.max(span.start, seg.textStart);
    const to = Math.min(span.end, seg.textStart + seg.length);
    if (to > from)
      out.push({ start: seg.rawStart + from - seg.textStart, end: seg.rawStart + to - seg.textStart });
  }
  return out;
}
