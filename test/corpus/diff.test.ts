/** The duplicate diff: what a copy adds to or drops from its canonical, cheaply. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffDuplicate } from '../../src/corpus/index.js';

const BODY = 'The council approved the new budget on Monday.\nSpending on roads rises by 4 per cent.';

describe('diffDuplicate', () => {
  it('reports added and dropped lines, words and cleaned-out text', () => {
    const diff = diffDuplicate(
      {
        text: BODY + '\nThe mayor praised the vote.',
        removed: [{ reason: 'boilerplate', text: 'Share this story\n' }],
      },
      { text: BODY.replace('by 4 per cent', 'sharply'), removed: [] },
    );
    assert.deepEqual(diff.addedLines, [
      'Spending on roads rises by 4 per cent.',
      'The mayor praised the vote.',
    ]);
    assert.deepEqual(diff.droppedLines, ['Spending on roads rises sharply.']);
    assert.deepEqual(diff.removedFromCopy, [{ reason: 'boilerplate', text: 'Share this story' }]);
    assert.deepEqual(diff.removedFromCanonical, []);
    assert.equal(diff.wordsDropped, 1);
    assert.deepEqual(diff.droppedWords, ['sharply']);
    assert.equal(diff.wordsAdded, 9); // "by 4 per cent" and "the mayor praised the vote"
    assert.ok(diff.addedWords.includes('mayor'));
  });

  it('finds nothing between identical texts (spacing and case aside)', () => {
    const diff = diffDuplicate({ text: BODY, removed: [] }, { text: BODY.replace(/ /g, '  '), removed: [] });
    assert.deepEqual(
      [diff.addedLines, diff.droppedLines, diff.wordsAdded, diff.wordsDropped],
      [[], [], 0, 0],
    );
  });
});
