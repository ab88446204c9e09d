import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addTime, dealRoundRobin, evenSample, perSecond, toMib } from '../../bench/lib/throughput-math.js';

describe('dealRoundRobin', () => {
  it('deals items in turn so parts differ by at most one', () => {
    assert.deepEqual(dealRoundRobin([1, 2, 3, 4, 5], 2), [
      [1, 3, 5],
      [2, 4],
    ]);
    assert.deepEqual(dealRoundRobin(['a'], 3), [['a'], [], []]);
    assert.deepEqual(dealRoundRobin([1, 2], 0), [[1, 2]]);
  });
});

describe('evenSample', () => {
  it('spreads k indices over n, or takes all', () => {
    assert.deepEqual(evenSample(10, 4), [0, 2, 5, 7]);
    assert.deepEqual(evenSample(3, 0), [0, 1, 2]);
    assert.deepEqual(evenSample(3, 5), [0, 1, 2]);
  });
});

describe('rates and units', () => {
  it('computes per-second rates from milliseconds', () => {
    assert.equal(perSecond(300, 2000), 150);
    assert.equal(perSecond(5, 0), 0);
    assert.equal(toMib(3 * 1024 * 1024), 3);
  });

  it('accumulates times by key', () => {
    const totals = new Map<string, number>();
    addTime(totals, 'nlp', 2);
    addTime(totals, 'nlp', 3);
    addTime(totals, 'geo', 1);
    assert.deepEqual(
      [...totals],
      [
        ['nlp', 5],
        ['geo', 1],
      ],
    );
  });
});
