/**
 * Between `Doc.text` (cleaned) and `Doc.raw` (what the corpus gave us): gold offsets are into the raw text,
 * the engine's spans into the cleaned text, and the cleaner only deletes ranges of raw.
 */
import { toRawOffset } from '../../src/doc/offsets.js';
import type { OffsetMap } from '../../src/doc/types.js';
import type { Span } from './spans.js';

export function toRawSpan(map: OffsetMap, span: Span): Span {
  return { start: toRawOffset(map, span.start, 'start'), end: toRawOffset(map, span.end, 'end') };
}

/** The cleaned-text offset of a raw offset, or undefined when the cleaner removed that character. */
function textOffsetOf(map: OffsetMap, rawOffset: number): number | undefined {
  const seg = map.segments.find((s) => rawOffset >= s.rawStart && rawOffset < s.rawStart + s.length);
  return seg ? seg.textStart + (rawOffset - seg.rawStart) : undefined;
}

/** The cleaned-text span of a raw span, or undefined when its first or last character was removed. */
export function fromRawSpan(map: OffsetMap, span: Span): Span | undefined {
  if (span.end <= span.start) return undefined;
  const start = textOffsetOf(map, span.start);
  const last = textOffsetOf(map, span.end - 1);
  return start === undefined || last === undefined ? undefined : { start, end: last + 1 };
}
