import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  benchmarkTokens,
  shingleMatch,
  shinglePrecision,
  shingleRecall,
  shingles,
  shingleScores,
} from '../../bench/lib/shingles.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

describe('Zyte shingle metric', () => {
  it('tokenises like Python \\w+: letters, digits, underscore; case kept', () => {
    assert.deepEqual(benchmarkTokens('The U.S. snake_case, Zürich 2019!'), [
      'The',
      'U',
      'S',
      'snake_case',
      'Zürich',
      '2019',
    ]);
    assert.deepEqual(benchmarkTokens('Same same'), ['Same', 'same']);
  });

  it('makes 4-gram shingles, or one shingle of all tokens in a short text', () => {
    assert.deepEqual([...shingles('a b c d e').values()], [1, 1]);
    assert.equal(shingles('a b').size, 1);
    assert.equal(shingles('').size, 0);
    assert.deepEqual([...shingles('a b c d a b c d').values()], [2, 1, 1, 1]);
  });

  it('counts TP/FP/FN over shingle multisets, normalised to sum 1', () => {
    // truth: 1 2 3 4 5 → (1234, 2345); pred: 1 2 3 4 9 9 → (1234, 2349, 3499).
    const c = shingleMatch('1 2 3 4 5', '1 2 3 4 9 9');
    close(c.tp, 1 / 4);
    close(c.fp, 2 / 4);
    close(c.fn, 1 / 4);
    close(shinglePrecision(c), 1 / 3);
    close(shingleRecall(c), 1 / 2);
  });

  it('follows the benchmark edge rules', () => {
    assert.equal(shinglePrecision({ tp: 0, fp: 0, fn: 0 }), 1);
    assert.equal(shinglePrecision({ tp: 0, fp: 0, fn: 1 }), 0);
    assert.equal(shingleRecall({ tp: 0, fp: 1, fn: 0 }), 0);
  });

  it('averages precision and recall over the documents where each is defined, then F1', () => {
    const perfect = shingleMatch('a b c d e', 'a b c d e');
    const empty = shingleMatch('a b c d e', '');
    const s = shingleScores([perfect, empty]);
    close(s.precision, 1); // the empty prediction has TP+FP = 0: left out of the precision mean
    close(s.recall, 0.5);
    close(s.f1, 2 / 3);
  });
});
