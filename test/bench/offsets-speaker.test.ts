import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codePointsToUtf16, normalisedToFile, normalisePlainFile } from '../../bench/lib/offsets.js';
import { sourceHeadWords, speakerIsRight } from '../../bench/lib/speaker.js';

describe('offset alignment', () => {
  it('maps code points to UTF-16 units', () => {
    const map = codePointsToUtf16('a😀b');
    assert.deepEqual([0, 1, 2, 3].map(map), [0, 1, 3, 4]);
    assert.equal(codePointsToUtf16('plain')(3), 3);
  });

  it('maps offsets of the normalised text (no BOM, LF) back to the file', () => {
    const file = '\ufeffab\r\ncd\r\n\r\ne';
    const normalised = normalisePlainFile(file);
    assert.equal(normalised, 'ab\ncd\n\ne');
    const toFile = normalisedToFile(file);
    for (const ch of ['a', 'c', 'd', 'e']) assert.equal(file[toFile(normalised.indexOf(ch))], ch);
    // A span ending before a line break ends before its CR.
    assert.equal(file.slice(toFile(0), toFile(2)), 'ab');
    assert.equal(file.slice(toFile(3), toFile(5)), 'cd');
  });
});

describe('speaker correctness', () => {
  it('finds the last word and the proper-noun head of a Source', () => {
    assert.deepEqual(sourceHeadWords('Rep. Gwen Moore (D-Wis.)'), ['d-wis', 'moore']);
    assert.deepEqual(sourceHeadWords('a spokesman for Hillary Clinton'), ['clinton']);
    assert.deepEqual(sourceHeadWords('White House press secretary Josh Earnest'), ['earnest', 'house']);
    assert.deepEqual(sourceHeadWords('he'), ['he']);
  });

  const gold = { fragments: [{ start: 40, end: 65 }], text: 'Rep. Gwen Moore (D-Wis.)' };

  it('accepts an overlapping speaker span or an entity named by a head word', () => {
    assert.equal(speakerIsRight({ span: { start: 50, end: 55 } }, gold), true);
    assert.equal(speakerIsRight({ name: 'Gwen Moore' }, gold), true);
    assert.equal(speakerIsRight({ span: { start: 0, end: 5 }, name: 'Gwendolynne Moores' }, gold), false);
  });

  it('rejects a missing speaker', () => {
    assert.equal(speakerIsRight({}, gold), false);
  });
});
