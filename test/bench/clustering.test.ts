/** B-cubed and ARI on tiny hand-made clusterings with hand-computed scores. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adjustedRandIndex, bcubed } from '../../bench/lib/clustering.js';

const labels = (s: string): Map<string, string> => new Map([...s].map((label, i) => [`d${i}`, label]));
const close = (actual: number, expected: number): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('bcubed', () => {
  it('scores the worked example by hand: gold XXXYY, predicted 11222', () => {
    // precision per item: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15
    const s = bcubed(labels('XXXYY'), labels('11222'));
    close(s.precision, 11 / 15);
    close(s.recall, 11 / 15);
    close(s.f1, 11 / 15);
  });
  it('is perfect for the same partition under other names', () => {
    const s = bcubed(labels('aabbc'), labels('xxyyz'));
    close(s.f1, 1);
  });
  it('singletons: precision 1, recall 1/|class|', () => {
    const s = bcubed(labels('aaaa'), labels('wxyz'));
    close(s.precision, 1);
    close(s.recall, 1 / 4);
    close(s.f1, 0.4);
  });
  it('one big cluster: recall 1, precision = mean class share', () => {
    const s = bcubed(labels('aabbbb'), labels('xxxxxx'));
    close(s.recall, 1);
    close(s.precision, (2 * (2 / 6) + 4 * (4 / 6)) / 6);
  });
  it('refuses different item sets', () => {
    assert.throws(() => bcubed(labels('ab'), labels('abc')));
  });
});

describe('adjustedRandIndex', () => {
  it('scores the worked example by hand: (2 − 1.6) / (4 − 1.6) = 1/6', () => {
    close(adjustedRandIndex(labels('XXXYY'), labels('11222')), 1 / 6);
  });
  it('is 1 for identical partitions and 0 for all singletons against one class', () => {
    close(adjustedRandIndex(labels('aabbc'), labels('ppqqr')), 1);
    close(adjustedRandIndex(labels('aaaa'), labels('wxyz')), 0);
  });
  it('is negative for a clustering worse than chance', () => {
    assert.ok(adjustedRandIndex(labels('aabb'), labels('xyxy')) < 0);
  });
});
