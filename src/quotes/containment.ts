/**
 * "Is this span inside one of those?" for many spans at once, in O(n log n) rather than comparing every pair:
 * a hostile text with thousands of quotes or reports made the pairwise refiners quadratic (issue 16).
 */

interface Span {
  start: number;
  end: number;
}

export interface Containers {
  /** Whether some span of the set holds `span` (start ≤ and end ≥); `strictly`: and is not the same span. */
  hold(span: Span, strictly?: boolean): boolean;
}

/** Index of the first of `starts` (sorted) greater than `value`, or than-or-equal when `orEqual` is false. */
function upperBound(starts: readonly number[], value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orEqual ? starts[mid]! <= value : starts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans sorted by start, with the largest end of every prefix: a container is in the prefix starting ≤. */
export function containers(spans: readonly Span[]): Containers {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd.at(-1) ?? -Infinity));
  const endBefore = (count: number): number => (count > 0 ? maxEnd[count - 1]! : -Infinity);
  return {
    hold(span, strictly = false) {
      const startingAtOrBefore = upperBound(starts, span.start, true);
      if (!strictly) return endBefore(startingAtOrBefore) >= span.end;
      // Not the same span: either it starts earlier and ends no earlier, or starts no later and ends later.
      const startingBefore = upperBound(starts, span.start, false);
      return endBefore(startingBefore) >= span.end || endBefore(startingAtOrBefore) > span.end;
    },
  };
}
