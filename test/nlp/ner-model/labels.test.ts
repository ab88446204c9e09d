import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BILOU_LABELS,
  bilouFromSpans,
  iob2FromBilou,
  spansFromTags,
  transitionMask,
} from '../../../src/nlp/ner/model/labels.js';

test('spansFromTags reads IOB1 (CoNLL-2003) and IOB2 alike', () => {
  const iob1 = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'];
  const iob2 = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG'];
  const expected = [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ];
  assert.deepEqual(spansFromTags(iob1), expected);
  assert.deepEqual(spansFromTags(iob2), expected);
});

test('spansFromTags: a type change inside I- starts a new chunk; O only gives none', () => {
  assert.deepEqual(spansFromTags(['B-PER', 'I-ORG']), [
    { start: 0, end: 1, type: 'PER' },
    { start: 1, end: 2, type: 'ORG' },
  ]);
  assert.deepEqual(spansFromTags(['O', 'O']), []);
});

test('BILOU round trip to IOB2', () => {
  const spans = spansFromTags(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'B-LOC', 'I-LOC']);
  const bilou = bilouFromSpans(spans, 7);
  assert.deepEqual(bilou, ['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-PER', 'B-LOC', 'L-LOC']);
  assert.deepEqual(iob2FromBilou(bilou), ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'B-LOC', 'I-LOC']);
});

test('iob2FromBilou never loses a stray inside label', () => {
  assert.deepEqual(iob2FromBilou(['O', 'I-PER', 'L-PER', 'L-LOC']), ['O', 'B-PER', 'I-PER', 'B-LOC']);
});

test('transition mask: inside a chunk only I/L of the same type may follow', () => {
  const mask = transitionMask();
  const n = BILOU_LABELS.length;
  const allowed = (a: string, b: string): boolean =>
    mask[BILOU_LABELS.indexOf(a) * n + BILOU_LABELS.indexOf(b)] === 1;
  assert.ok(allowed('B-PER', 'I-PER'));
  assert.ok(allowed('B-PER', 'L-PER'));
  assert.ok(allowed('O', 'U-LOC'));
  assert.ok(allowed('L-ORG', 'B-ORG'));
  assert.ok(!allowed('B-PER', 'O'));
  assert.ok(!allowed('B-PER', 'L-ORG'));
  assert.ok(!allowed('O', 'I-PER'));
  assert.ok(!allowed('U-LOC', 'L-LOC'));
});
