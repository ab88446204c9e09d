/**
 * Where removed raw text belongs in the clean text. Cleaning only deletes ranges of `raw`, so a removal
 * sits at the clean offset where the first kept segment after it begins (or where the last one before it
 * ends, at the end of the text).
 */
import type { OffsetMap, Removal } from '../../../src/doc/types.js';

export interface PlacedRemoval {
  /** Offset in the clean text where the removed text stood. */
  at: number;
  removal: Removal;
}

export function rawToTextInsertion(map: OffsetMap, rawOffset: number, textLength: number): number {
  for (const segment of map.segments) {
    if (segment.rawStart >= rawOffset) return segment.textStart;
    const segmentEnd = segment.rawStart + segment.length;
    // A removal inside a kept segment would contradict the map; place it at its mapped offset anyway.
    if (rawOffset < segmentEnd) return segment.textStart + (rawOffset - segment.rawStart);
  }
  return textLength;
}

export function placeRemovals(
  map: OffsetMap,
  removed: readonly Removal[],
  textLength: number,
): PlacedRemoval[] {
  return removed
    .map((removal) => ({ at: rawToTextInsertion(map, removal.start, textLength), removal }))
    .sort((a, b) => a.at - b.at || a.removal.start - b.removal.start);
}
