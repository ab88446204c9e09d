import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsOf, matchExact, matchOverlap, overlapLength } from '../../bench/lib/span-match.js';

const s = (start: number, end: number) => ({ start, end });

describe('span matching', () => {
  it('measures overlap; touching spans do not overlap', () => {
    assert.equal(overlapLength(s(0, 10), s(5, 20)), 5);
    assert.equal(overlapLength(s(0, 10), s(10, 20)), 0);
  });

  it('matches exactly once per gold span', () => {
    const pairs = matchExact([s(0, 5), s(10, 15)], [s(0, 5), s(0, 5), s(10, 14)]);
    assert.deepEqual(pairs, [[0, 0]]);
    assert.deepEqual(countsOf(pairs, 2, 3), { tp: 1, fp: 2, fn: 1 });
  });

  it('matches overlapping spans one to one, largest overlap first', () => {
    // Prediction 0 overlaps both gold spans; gold 1 is better served by prediction 1.
    const pairs = matchOverlap([s(0, 10), s(12, 30)], [s(8, 14), s(14, 30)]);
    assert.deepEqual(pairs, [
      [0, 0],
      [1, 1],
    ]);
    // One long prediction over two gold quotes counts once.
    assert.deepEqual(countsOf(matchOverlap([s(0, 10), s(12, 20)], [s(0, 20)]), 2, 1), {
      tp: 1,
      fp: 0,
      fn: 1,
    });
  });

  it('does not match disjoint spans', () => {
    assert.deepEqual(matchOverlap([s(0, 10)], [s(10, 20)]), []);
  });
});
