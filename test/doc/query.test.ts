import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceIndexAt, spanIndexAt, tokenEndingAfter, tokenStartingFrom } from '../../src/doc/query.js';

// "Putin met Trump." as tokens: Putin [0,5) met [6,9) Trump [10,15) . [15,16)
const TOKENS = [
  { start: 0, end: 5 },
  { start: 6, end: 9 },
  { start: 10, end: 15 },
  { start: 15, end: 16 },
];

describe('binary searches over sorted, disjoint spans', () => {
  it('finds the span holding an offset, or -1 in a gap or outside', () => {
    const cases: [number, number][] = [
      [0, 0],
      [4, 0],
      [5, -1],
      [6, 1],
      [15, 3],
      [16, -1],
      [-1, -1],
    ];
    for (const [offset, expected] of cases) assert.equal(spanIndexAt(TOKENS, offset), expected, `${offset}`);
    assert.equal(spanIndexAt([], 3), -1);
    assert.equal(sentenceIndexAt({ sentences: [] }, 0), -1);
  });

  it('finds the first token ending after an offset (the one holding it, else the next)', () => {
    const cases: [number, number][] = [
      [0, 0],
      [4, 0],
      [5, 1],
      [9, 2],
      [15, 3],
      [16, 4],
    ];
    for (const [offset, expected] of cases)
      assert.equal(tokenEndingAfter(TOKENS, offset), expected, `${offset}`);
  });

  it('finds the first token starting at or after an offset', () => {
    const cases: [number, number][] = [
      [0, 0],
      [1, 1],
      [6, 1],
      [7, 2],
      [15, 3],
      [16, 4],
    ];
    for (const [offset, expected] of cases)
      assert.equal(tokenStartingFrom(TOKENS, offset), expected, `${offset}`);
  });
});
