import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conllText, tagsFromSpans } from '../../bench/lib/conll-text.js';
import { ConllEvaluator } from '../../bench/lib/conlleval.js';

const SENTENCES = [
  ['John', 'Smith', 'visited', 'New', 'York', '.'],
  ['Reuters', 'said', 'so'],
];

test('lays tokens out with single spaces, one sentence per line', () => {
  const layout = conllText(SENTENCES);
  assert.equal(layout.text, 'John Smith visited New York .\nReuters said so');
  for (const [s, words] of SENTENCES.entries()) {
    words.forEach((w, k) => {
      const [start, end] = layout.offsets[s]![k]!;
      assert.equal(layout.text.slice(start, end), w);
    });
  }
});

test('turns character spans into IOB2 tags on the tokens they overlap', () => {
  const layout = conllText(SENTENCES);
  const at = (word: string): number => layout.text.indexOf(word);
  const tags = tagsFromSpans(layout, [
    { start: at('John'), end: at('Smith') + 5, type: 'PER' },
    { start: at('New') + 1, end: at('York') + 2, type: 'LOC' }, // cuts both tokens: still claims them
    { start: at('Reuters'), end: at('Reuters') + 7, type: 'ORG' },
    { start: at('Reuters') + 2, end: at('said') + 4, type: 'MISC' }, // overlaps a tagged token: ignored
  ]);
  assert.deepEqual(tags, [
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O'],
    ['B-ORG', 'O', 'O'],
  ]);
});

test('scores mapped spans with known precision and recall', () => {
  const layout = conllText(SENTENCES);
  const at = (word: string): number => layout.text.indexOf(word);
  const predicted = tagsFromSpans(layout, [
    { start: at('John'), end: at('Smith') + 5, type: 'PER' }, // correct
    { start: at('York'), end: at('York') + 4, type: 'LOC' }, // wrong extent
  ]);
  const ev = new ConllEvaluator();
  ev.add(['I-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'O'], predicted[0]!);
  ev.add(['I-ORG', 'O', 'O'], predicted[1]!);
  const { overall } = ev.result();
  assert.deepEqual([overall.correct, overall.predicted, overall.gold], [1, 2, 3]);
  assert.equal(overall.precision, 0.5);
  assert.equal(overall.recall, 1 / 3);
  assert.ok(Math.abs(overall.f1 - 0.4) < 1e-12);
});
