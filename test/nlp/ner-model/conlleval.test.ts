import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConllEvaluator } from '../../../bench/lib/conlleval.js';

test('perfect prediction scores 1', () => {
  const ev = new ConllEvaluator();
  ev.add(['I-PER', 'I-PER', 'O', 'I-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']);
  const { overall } = ev.result();
  assert.deepEqual([overall.precision, overall.recall, overall.f1], [1, 1, 1]);
});

test('known precision, recall and F1 on a hand-made example', () => {
  const ev = new ConllEvaluator();
  // gold: [John Smith]PER visited [Paris]LOC with [UN]ORG
  // pred: [John]PER [Smith]PER visited [Paris]LOC with [UN]LOC → 1 correct of 4 predicted, 3 gold
  ev.add(['I-PER', 'I-PER', 'O', 'I-LOC', 'O', 'I-ORG'], ['B-PER', 'B-PER', 'O', 'B-LOC', 'O', 'B-LOC']);
  // second sentence: gold [Reuters]ORG, predicted nothing
  ev.add(['I-ORG', 'O'], ['O', 'O']);
  const { overall, perType } = ev.result();
  assert.equal(overall.correct, 1);
  assert.equal(overall.predicted, 4);
  assert.equal(overall.gold, 4);
  assert.equal(overall.precision, 0.25);
  assert.equal(overall.recall, 0.25);
  assert.equal(overall.f1, 0.25);
  assert.equal(perType.LOC?.precision, 0.5);
  assert.equal(perType.LOC?.recall, 1);
  assert.ok(Math.abs((perType.LOC?.f1 ?? 0) - 2 / 3) < 1e-12);
  assert.equal(perType.PER?.f1, 0);
  assert.equal(perType.ORG?.recall, 0);
});

test('a boundary error is both a false positive and a false negative', () => {
  const ev = new ConllEvaluator();
  ev.add(['B-ORG', 'I-ORG', 'I-ORG'], ['B-ORG', 'I-ORG', 'O']);
  const { overall } = ev.result();
  assert.deepEqual([overall.correct, overall.predicted, overall.gold], [0, 1, 1]);
});

test('mismatched lengths are an error', () => {
  assert.throws(() => new ConllEvaluator().add(['O'], ['O', 'O']));
});
