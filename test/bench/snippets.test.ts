import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addConfusion,
  countSnippets,
  emptyConfusion,
  normaliseWhitespace,
  snippetScores,
} from '../../bench/lib/snippets.js';

describe('trafilatura snippet metric', () => {
  const item = { with: ['Die GEMA dreht', 'last  line\nhere'], without: ['Impressum', 'Twitter'] };

  it('normalises white space as eval_common.norm does', () => {
    assert.equal(normaliseWhitespace('  a \n\t b\u00a0c  '), 'a b c');
  });

  it('counts one page: with found → TP, missing → FN; without found → FP, absent → TN', () => {
    const text = 'Die GEMA dreht völlig am Zeiger!\nThe last line\n  here. Impressum';
    assert.deepEqual(countSnippets(item, text), { tp: 2, fp: 1, fn: 0, tn: 1 });
    assert.deepEqual(countSnippets(item, 'nothing'), { tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('scores a failed page as all misses and all true negatives', () => {
    assert.deepEqual(countSnippets(item, undefined), { tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('sums counts over pages before dividing (micro-average)', () => {
    const total = emptyConfusion();
    addConfusion(total, { tp: 3, fp: 1, fn: 1, tn: 2 });
    addConfusion(total, { tp: 1, fp: 1, fn: 3, tn: 0 });
    const s = snippetScores(total);
    // TP 4, FP 2, FN 4, TN 2: P = 4/6, R = 4/8, F1 = 8/14, accuracy = 6/12.
    assert.ok(Math.abs(s.precision - 4 / 6) < 1e-12);
    assert.ok(Math.abs(s.recall - 0.5) < 1e-12);
    assert.ok(Math.abs(s.f1 - 8 / 14) < 1e-12);
    assert.ok(Math.abs(s.accuracy - 0.5) < 1e-12);
  });

  it('gives 0, not NaN, when nothing was found', () => {
    assert.deepEqual(snippetScores(emptyConfusion()), { precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
