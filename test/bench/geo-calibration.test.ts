import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calibrationTable, fitSteps, rightAtOrAbove, type Outcome } from '../../bench/lib/geo-calibration.js';
import { calibrate, loadCalibration } from '../../src/geo/calibration.js';

const outcomes = (confidence: number, n: number, right: number): Outcome[] =>
  Array.from({ length: n }, (_, i) => ({ confidence, right: i < right }));

test('fitSteps pools out-of-order blocks into a monotone step function', () => {
  // 0.6 is right less often than 0.4: isotonic regression pools them.
  const data = [...outcomes(0.4, 50, 40), ...outcomes(0.6, 50, 30), ...outcomes(0.9, 100, 98)];
  const steps = fitSteps(data, 40);
  assert.deepEqual(steps, [
    { from: 0, value: 0.7 },
    { from: 0.9, value: 0.98 },
  ]);
  assert.equal(calibrate(0.5, steps), 0.7);
  assert.equal(calibrate(0.95, steps), 0.98);
});

test('fitSteps never leaves a step on fewer outcomes than asked', () => {
  const data = [...outcomes(0.3, 100, 50), ...outcomes(0.95, 5, 5)];
  assert.deepEqual(fitSteps(data, 40), [{ from: 0, value: 0.52 }]);
});

test('calibrationTable bins by confidence and rightAtOrAbove reads the share', () => {
  const scored = [...outcomes(0.85, 10, 9), ...outcomes(0.55, 10, 5)];
  const rows = calibrationTable({ scored, unmatched: [0.97] });
  assert.deepEqual(
    rows.filter((r) => r.n > 0 || r.unmatched > 0).map((r) => [r.from, r.n, r.right, r.unmatched]),
    [
      [0.5, 10, 5, 0],
      [0.8, 10, 9, 0],
      [0.95, 0, 0, 1],
    ],
  );
  assert.deepEqual(rightAtOrAbove(scored, 0.8), { share: 0.9, n: 10 });
});

test('the shipped calibration table is monotone and maps into 0..1', () => {
  const steps = loadCalibration();
  assert.ok(steps.length > 0);
  for (let raw = 0; raw <= 1; raw += 0.05) {
    const c = calibrate(raw, steps);
    assert.ok(c >= 0 && c <= 1);
    assert.ok(calibrate(raw + 0.05, steps) >= c);
  }
});
