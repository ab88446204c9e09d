import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestSetting, foldsOf } from '../../bench/lib/ner-cross-validation.js';

test('foldsOf holds each item out exactly once, by position', () => {
  const folds = foldsOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3);
  assert.deepEqual(
    folds.map((f) => f.held),
    [
      ['a', 'd', 'g'],
      ['b', 'e'],
      ['c', 'f'],
    ],
  );
  for (const f of folds) assert.equal(f.train.length + f.held.length, 7);
  assert.deepEqual(folds[1]?.train, ['a', 'c', 'd', 'f', 'g']);
});

test('bestSetting takes the best pooled F1 and, on a tie, fewer epochs', () => {
  const r = (epochs: number, f1: number) => ({ epochs, minFeatureCount: 2, f1, foldF1: [] });
  assert.equal(bestSetting([r(6, 0.89), r(10, 0.9012), r(15, 0.9011)])?.epochs, 10);
  assert.equal(bestSetting([r(15, 0.90001), r(10, 0.90004)])?.epochs, 10);
  assert.equal(bestSetting([]), undefined);
});
