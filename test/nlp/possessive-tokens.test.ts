/**
 * A possessive is its own token wherever it stands and whatever the process read before (src/nlp/segment.ts,
 * possessiveAt). wink keeps "Clinton’s" whole before a comma and then knows the word, so without the split every
 * later "Clinton’s plan" in the process stayed one token and an article's entities depended on the articles
 * read before it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { segment } from '../../src/nlp/segment.js';

const tokens = (text: string, ctx = createContext()): [string, string][] =>
  segment(text, ctx).tokens.map((t) => [t.text, t.pos]);
const words = (text: string, ctx = createContext()): string[] => tokens(text, ctx).map(([w]) => w);

describe('nlp: possessives split the same everywhere', () => {
  const later = 'Senator Murphy backed Clinton’s plan on Monday.';
  const fresh = tokens(later);

  it('a possessive before a space is split', () => {
    assert.deepEqual(fresh.slice(3, 6), [
      ['Clinton', 'PROPN'],
      ['’s', 'PART'],
      ['plan', 'NOUN'],
    ]);
  });

  it('a possessive before punctuation is split too, with either apostrophe', () => {
    assert.deepEqual(words('He backed Clinton’s, not Trump’s.'), [
      'He',
      'backed',
      'Clinton',
      '’s',
      ',',
      'not',
      'Trump',
      '’s',
      '.',
    ]);
    assert.deepEqual(words("It was O'Neill's."), ['It', 'was', "O'Neill", "'s", '.']);
  });

  it('the same tokens after an article that had the word before a comma', () => {
    const ctx = createContext();
    segment('He backed Clinton’s, not Trump’s.', ctx);
    assert.deepEqual(tokens(later, ctx), fresh);
  });

  it('must not split: contractions wink expands, plural possessives, words ending in s', () => {
    assert.deepEqual(words('It’s over.'), ['It', '’s', 'over', '.']);
    assert.deepEqual(words("the Smiths' house"), ['the', 'Smiths', "'", 'house']);
    assert.deepEqual(words('Paris is calm.'), ['Paris', 'is', 'calm', '.']);
  });
});
