/**
 * Keeps one candidate per stretch of text: the longest; on the same span our finders' (priority 1) over
 * chrono's. A candidate marked `nested` (a stated UTC clock in parentheses) survives inside another.
 */
import type { Candidate, Refiner } from '../types.js';

export const dropOverlaps: Refiner = {
  name: 'drop-overlaps',
  refine(candidates) {
    const sorted = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
    );
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const clash = kept.some(
        (k) => c.start < k.end && k.start < c.end && !(c.nested && c.start >= k.start && c.end <= k.end),
      );
      if (!clash) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
