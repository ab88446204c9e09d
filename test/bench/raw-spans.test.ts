import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deleteRanges } from '../../src/doc/offsets.js';
import { fromRawSpan, toRawSpan } from '../../bench/lib/raw-spans.js';

const raw = 'Ad here. Putin met Trump in Alaska.';
// The cleaner removed "Ad here. " (0–9): text = "Putin met Trump in Alaska."
const { text, toRaw } = deleteRanges(raw, [{ start: 0, end: 9 }]);

test('toRawSpan / fromRawSpan map spans between cleaned and raw text', () => {
  const alaska = { start: text.indexOf('Alaska'), end: text.indexOf('Alaska') + 6 };
  const rawAlaska = toRawSpan(toRaw, alaska);
  assert.equal(raw.slice(rawAlaska.start, rawAlaska.end), 'Alaska');
  assert.deepEqual(fromRawSpan(toRaw, rawAlaska), alaska);
});

test('fromRawSpan: a raw span whose first or last character was removed has no text span', () => {
  assert.equal(fromRawSpan(toRaw, { start: 0, end: 2 }), undefined); // "Ad"
  assert.equal(fromRawSpan(toRaw, { start: 5, end: 14 }), undefined); // "ere. Putin"
  assert.equal(fromRawSpan(toRaw, { start: 3, end: 3 }), undefined); // empty
});
