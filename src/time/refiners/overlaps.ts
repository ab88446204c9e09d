/**
 * Keeps one candidate per stretch of text: the longest; on the same span our finders' (priority 1) over
 * chrono's. A candidate marked `nested` (a stated UTC clock in parentheses) survives inside another.
 */
import type { Candidate, Refiner } from '../types.js';

/**
 * Which kept candidates cover each character. Each candidate is checked against the kept ones under its own
 * characters only, so the cost is the candidates' total length, not the square of their number (a text full
 * of dates has tens of thousands, issue 16).
 */
class Coverage {
  private readonly byOffset = new Map<number, Candidate[]>();

  overlapping(c: Candidate): Set<Candidate> {
    const found = new Set<Candidate>();
    for (let at = c.start; at < c.end; at++) for (const k of this.byOffset.get(at) ?? []) found.add(k);
    return found;
  }

  add(c: Candidate): void {
    for (let at = c.start; at < c.end; at++) {
      const list = this.byOffset.get(at);
      if (list) list.push(c);
      else this.byOffset.set(at, [c]);
    }
  }
}

export const dropOverlaps: Refiner = {
  name: 'drop-overlaps',
  refine(candidates) {
    const sorted = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
    );
    const kept: Candidate[] = [];
    const coverage = new Coverage();
    for (const c of sorted) {
      const clash = [...coverage.overlapping(c)].some(
        (k) => !(c.nested && c.start >= k.start && c.end <= k.end),
      );
      if (clash) continue;
      kept.push(c);
      coverage.add(c);
    }
    return kept.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
