import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignSpans, prf } from '../../bench/lib/spans.js';

test('prf: P = correct/predicted, R = correct/gold, F1 harmonic mean', () => {
  const cases: [number, number, number, number, number, number][] = [
    // correct, predicted, gold → precision, recall, f1
    [3, 4, 6, 0.75, 0.5, 0.6],
    [2, 2, 2, 1, 1, 1],
    [0, 5, 5, 0, 0, 0],
    [0, 0, 3, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
  ];
  for (const [c, p, g, precision, recall, f1] of cases) {
    const s = prf(c, p, g);
    assert.ok(Math.abs(s.precision - precision) < 1e-12, `precision ${c}/${p}`);
    assert.ok(Math.abs(s.recall - recall) < 1e-12, `recall ${c}/${g}`);
    assert.ok(Math.abs(s.f1 - f1) < 1e-12, `f1 ${c},${p},${g}`);
  }
});

test('alignSpans pairs identical spans before overlapping ones', () => {
  const gold = [{ start: 0, end: 10 }];
  const predicted = [
    { start: 0, end: 12 }, // overlaps more characters than any other but is not identical
    { start: 0, end: 10 },
  ];
  assert.deepEqual(alignSpans(gold, predicted), [[0, 1]]);
});

test('alignSpans is one-to-one: a long prediction matches only one of two gold spans', () => {
  const gold = [
    { start: 0, end: 6 }, // "Friday"
    { start: 7, end: 14 }, // "morning"
  ];
  const predicted = [{ start: 0, end: 14 }];
  assert.deepEqual(alignSpans(gold, predicted), [[1, 0]]); // 7 shared characters beat 6
});

test('alignSpans: exactOnly ignores overlaps; disjoint spans never pair', () => {
  const gold = [
    { start: 0, end: 6 },
    { start: 20, end: 25 },
  ];
  const predicted = [
    { start: 1, end: 6 },
    { start: 20, end: 25 },
    { start: 30, end: 35 },
  ];
  assert.deepEqual(alignSpans(gold, predicted, true), [[1, 1]]);
  assert.deepEqual(alignSpans(gold, predicted), [
    [0, 0],
    [1, 1],
  ]);
  assert.deepEqual(alignSpans(gold, [{ start: 6, end: 20 }]), []);
});
