import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropOverlaps } from '../../src/time/refiners/overlaps.js';
import type { Candidate, DocEnv } from '../../src/time/types.js';

const candidate = (start: number, end: number, priority = 0, nested = false): Candidate => ({
  start,
  end,
  type: 'DATE',
  value: 'XXXX',
  anchored: false,
  rule: 'test',
  sentence: 0,
  priority,
  ...(nested ? { nested } : {}),
});
const refine = (cs: Candidate[]): Candidate[] => dropOverlaps.refine(cs, {} as DocEnv);

/** The rule as first written: each candidate, longest first, against every one kept so far. */
function everyPair(cs: readonly Candidate[]): Candidate[] {
  const sorted = [...cs].sort(
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
}

describe('time: one candidate per stretch of text (issue 16: checked under its own characters only)', () => {
  it('keeps the longest, our finder on a tie, and a nested UTC clock inside another', () => {
    const long = candidate(0, 20);
    const ours = candidate(30, 40, 1);
    const nested = candidate(5, 10, 0, true);
    assert.deepEqual(refine([candidate(2, 8), long, candidate(30, 40), ours, nested]), [long, nested, ours]);
  });

  it('agrees with comparing every pair on random candidates', () => {
    let seed = 11;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 20; round++) {
      const cs = Array.from({ length: 200 }, () => {
        const start = random(2000);
        return candidate(start, start + 1 + random(40), random(2), random(10) === 0);
      });
      assert.deepEqual(refine(cs), everyPair(cs));
    }
  });

  it('keeps every one of 50,000 dates that do not touch (a text full of dates)', () => {
    const cs = Array.from({ length: 50_000 }, (_, i) => candidate(i * 20, i * 20 + 12));
    assert.equal(refine(cs).length, 50_000);
  });
});
