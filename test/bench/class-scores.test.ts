import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classificationScores, harmonic } from '../../bench/lib/class-scores.js';

const close = (actual: number, expected: number): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('classificationScores', () => {
  // Gold A A B B C, predicted A B B (none) A:
  //   A: predicted 2, correct 1, gold 2 → P 1/2, R 1/2, F1 1/2
  //   B: predicted 2, correct 1, gold 2 → P 1/2, R 1/2, F1 1/2
  //   C: predicted 0, gold 1 → 0
  const items = [
    { gold: 'A', predicted: 'A' },
    { gold: 'A', predicted: 'B' },
    { gold: 'B', predicted: 'B' },
    { gold: 'B', predicted: undefined },
    { gold: 'C', predicted: 'A' },
  ];

  it('gives per-class precision, recall and F1 with known values', () => {
    const s = classificationScores(items);
    assert.deepEqual(Object.keys(s.perClass), ['A', 'B', 'C']);
    assert.deepEqual(s.perClass['A'], {
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      gold: 2,
      predicted: 2,
      correct: 1,
    });
    assert.deepEqual(s.perClass['B'], {
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      gold: 2,
      predicted: 2,
      correct: 1,
    });
    assert.deepEqual(s.perClass['C'], { precision: 0, recall: 0, f1: 0, gold: 1, predicted: 0, correct: 0 });
  });

  it('averages F1 over classes (macro), counts an uncoded item as wrong, reports coverage', () => {
    const s = classificationScores(items);
    close(s.macroF1, 1 / 3);
    close(s.accuracy, 2 / 5);
    close(s.coverage, 4 / 5);
    assert.equal(s.items, 5);
  });

  it('adds predicted-only labels to the default label set (they lower macro-F1)', () => {
    const s = classificationScores([
      { gold: 'A', predicted: 'A' },
      { gold: 'A', predicted: 'Z' },
    ]);
    // A: P 1, R 1/2, F1 2/3; Z: F1 0 → macro 1/3
    close(s.macroF1, 1 / 3);
  });

  it('scores over a fixed label set when given, including classes nobody used', () => {
    const s = classificationScores([{ gold: '0', predicted: '0' }], ['0', '1']);
    close(s.macroF1, 0.5);
    assert.equal(s.perClass['1']?.f1, 0);
  });

  it('is all zeros on no items', () => {
    const s = classificationScores([]);
    assert.deepEqual([s.accuracy, s.macroF1, s.coverage], [0, 0, 0]);
  });

  it('harmonic mean is 0 when both are 0', () => {
    assert.equal(harmonic(0, 0), 0);
    close(harmonic(1, 0.5), 2 / 3);
  });
});
