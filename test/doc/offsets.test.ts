import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deleteRanges, identityMap, toRawOffset, toRawRanges } from '../../src/doc/offsets.js';

// raw "aaXbbYccZdd" without X, Y, Z: text "aabbccdd", four segments meeting at text offsets 2, 4, 6.
const raw = 'aaXbbYccZdd';
const { text, toRaw } = deleteRanges(raw, [
  { start: 8, end: 9 },
  { start: 2, end: 3 },
  { start: 5, end: 6 },
]);

test('deleteRanges keeps the rest in order', () => {
  assert.equal(text, 'aabbccdd');
  assert.equal(toRaw.segments.length, 4);
});

test('a boundary offset maps to the next segment as a start and to the previous one as an end', () => {
  const table: [number, number, number][] = [
    // text offset, as start, as end
    [0, 0, 0],
    [2, 3, 2],
    [4, 6, 5],
    [6, 9, 8],
    [8, 11, 11],
  ];
  for (const [offset, start, end] of table) {
    assert.equal(toRawOffset(toRaw, offset, 'start'), start, `start ${offset}`);
    assert.equal(toRawOffset(toRaw, offset, 'end'), end, `end ${offset}`);
  }
  assert.equal(raw.slice(toRawOffset(toRaw, 2, 'start'), toRawOffset(toRaw, 4, 'end')), 'bb');
});

test('a span across removed text maps to one raw range per segment', () => {
  assert.deepEqual(toRawRanges(toRaw, { start: 1, end: 5 }), [
    { start: 1, end: 2 },
    { start: 3, end: 5 },
    { start: 6, end: 7 },
  ]);
});

test('overlapping and empty removals are harmless; the identity map maps every offset to itself', () => {
  assert.equal(
    deleteRanges('abcdef', [
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 5 },
    ]).text,
    'aef',
  );
  const id = identityMap(5);
  for (let i = 0; i <= 5; i++) assert.equal(toRawOffset(id, i), i);
});
