/** Content terms, the S stemmer, name keys, date keys and titles: tables of input → expected. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateKeys, dayNumber, dayString } from '../../src/corpus/features.js';
import { sStem } from '../../src/corpus/text/stem.js';
import { contentTerms, nameKey } from '../../src/corpus/text/terms.js';
import { firstSentence } from '../../src/corpus/text/title.js';

const STEMS: [string, string][] = [
  ['earthquakes', 'earthquake'],
  ['policies', 'policy'],
  ['firefighters', 'firefighter'],
  ['boxes', 'boxe'], // Harman's rule: -es → -e; "box" and "boxes" still differ, as in the original
  ['glass', 'glass'], // -ss kept
  ['virus', 'virus'], // -us kept
  ['gas', 'gas'], // too short to touch
  ['shoes', 'shoe'],
  ['police', 'police'],
];

describe('sStem', () => {
  for (const [word, stem] of STEMS) it(`${word} → ${stem}`, () => assert.equal(sStem(word), stem));
});

describe('contentTerms', () => {
  const stop = new Set(['the', 'a', 'in', 'of', 'on', 'and', 'was', 'by']);
  it('keeps content words, lower-cased and plural-folded, repeats kept', () => {
    assert.deepEqual(contentTerms('The earthquakes in Chile killed 12 people on Monday', stop), [
      'earthquake',
      'chile',
      'killed',
      'people',
      'monday',
    ]);
  });
  it('keeps years, drops other numbers, possessives and one-letter words', () => {
    assert.deepEqual(contentTerms("Obama's 2009 order: a 90-day review by X", stop), [
      'obama',
      '2009',
      'order',
      'day',
      'review',
    ]);
  });
  it('drops stopwords, including capitalised ones', () => {
    assert.deepEqual(contentTerms('The A The', stop), []);
  });
});

describe('nameKey', () => {
  const CASES: [string, string][] = [
    ['U.S.', 'us'],
    ['Betty Ford Center', 'betty ford center'],
    ["O'Brien", 'obrien'],
    ['  New   York ', 'new york'],
  ];
  for (const [name, key] of CASES) it(`${name} → ${key}`, () => assert.equal(nameKey(name), key));
});

describe('dateKeys and day numbers', () => {
  it('gives year and month keys for dated values, nothing for unanchored ones', () => {
    assert.deepEqual(dateKeys('2013-07-21'), ['2013', '2013-07']);
    assert.deepEqual(dateKeys('2013-07'), ['2013', '2013-07']);
    assert.deepEqual(dateKeys('2018'), ['2018']);
    assert.deepEqual(dateKeys('XXXX-06-08'), []);
    assert.deepEqual(dateKeys('PAST_REF'), []);
  });
  it('reads the calendar date of ISO dates and date-times', () => {
    assert.equal(dayString(dayNumber('2025-08-14T23:30:00-08:00')!), '2025-08-14');
    assert.equal(dayNumber('2025-08-15')! - dayNumber('2025-08-14')!, 1);
    assert.equal(dayNumber('August 14'), undefined);
    assert.equal(dayNumber(undefined), undefined);
  });
});

describe('firstSentence', () => {
  it('stops at the first sentence end or line break', () => {
    assert.equal(firstSentence('Quake hits Chile. Dozens dead.'), 'Quake hits Chile.');
    assert.equal(firstSentence('Quake hits Chile\nDozens dead.'), 'Quake hits Chile');
    assert.equal(firstSentence('Mr. Smith went to Washington.'), 'Mr. Smith went to Washington.');
  });
  it('cuts long sentences', () => {
    assert.ok(firstSentence('word '.repeat(100)).length <= 160);
  });
});
