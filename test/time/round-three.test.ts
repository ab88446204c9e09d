/**
 * The time stage on single sentences, third round (TempEval-3 misses and spurious timexes): durations with no
 * count ("within weeks", "for a while", "a day-long meeting"), decades relative to the publication date,
 * hyphenated year cues, "the fiscal year", "the latest period", "that year" after a stated year, the second
 * day of "April 24 and 25", and names that only look like times. (sentence, published 2025-08-14) →
 * [text, type, value, anchored].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timemlExtent } from '../../src/time/extent.js';
import { brief, timexes } from './helpers.js';

type Row = [sentence: string, expected: [string, string, string, boolean][]];
const PUB = '2025-08-14'; // a Thursday

const ANCHORED: Row[] = [
  // Durations of no stated count, after within / in / over / for, or "ahead".
  ['Troops will be deployed within weeks, officials said.', [['within weeks', 'DURATION', 'PXW', true]]],
  ['He probably died within days of his capture.', [['within days', 'DURATION', 'PXD', true]]],
  ['Sales grew for the first time in years.', [['in years', 'DURATION', 'PXY', true]]],
  ['Investors will sell in the weeks ahead.', [['the weeks ahead', 'DURATION', 'PXW', true]]],
  ['They will have to live without it for a while.', [['for a while', 'DURATION', 'PXX', true]]],
  ['He was jailed for months.', [['for months', 'DURATION', 'PXM', true]]],
  // "-long" and hyphenated "one-day": the length of what the noun names.
  ['They emerged from their third day-long meeting.', [['day-long', 'DURATION', 'P1D', true]]],
  ['It waged a decades-long battle with exiles.', [['decades-long', 'DURATION', 'PXDE', true]]],
  ['They began a 40-day-long fast.', [['40-day-long', 'DURATION', 'P40D', true]]],
  ["Just ahead of Albright's one-day trip, aides left.", [['one-day', 'DURATION', 'P1D', true]]],
  // Decades relative to the publication date: a span after "the past", a calendar decade otherwise.
  ['Attacks had become routine over the past decade.', [['over the past decade', 'DURATION', 'P10Y', true]]],
  ['Growth this decade has been slow.', [['this decade', 'DATE', '202', true]]],
  ['Prices doubled last decade.', [['last decade', 'DATE', '201', true]]],
  // Year cues joined by a hyphen.
  ['The post-1959 politics split families.', [['post-1959', 'DATE', '1959', true]]],
  ['Compare pre-1990 prices.', [['pre-1990', 'DATE', '1990', true]]],
  // "the fiscal year" alone, and "the year" before a sum.
  ['It expects lower earnings for the fiscal year.', [['the fiscal year', 'DATE', '2025', true]]],
  ['The stock rose to a high for the year of $42.875 a share.', [['the year', 'DATE', '2025', true]]],
  // The latest period with no quarter named before it: the last quarter ended by publication.
  ['Sales in the latest period were $1.76 billion.', [['the latest period', 'DATE', '2025-Q2', true]]],
  // "The year-earlier nine months" is the duration it names, not a year-ago reference.
  ['Net for the year-earlier nine months included a gain.', [['nine months', 'DURATION', 'P9M', true]]],
  // "that year" after a year stated alone.
  [
    'Imports totaled $37 million in 1988, a small share of imports that year.',
    [
      ['in 1988', 'DATE', '1988', true],
      ['that year', 'DATE', '1988', true],
    ],
  ],
  // The second day of a coordinated pair, in the month named before it.
  [
    'The summit was held on April 24 and 25.',
    [
      ['April 24', 'DATE', '2025-04-24', true],
      ['25', 'DATE', '2025-04-25', true],
    ],
  ],
  // … but not a number that counts something.
  ['On March 3 and 4 people died.', [['March 3', 'DATE', '2025-03-03', true]]],
  // A month modifying a common noun after "the".
  ['The March accession will enable the three countries to join.', [['March', 'DATE', '2026-03', true]]],
  // Parts of the day chrono misreads: "mid-afternoon yesterday", "by mid afternoon" alone.
  [
    'In London at mid-afternoon yesterday, shares rose.',
    [['mid-afternoon yesterday', 'TIME', '2025-08-13TAF', true]],
  ],
  ['By mid afternoon, sources said the town had fallen.', [['mid afternoon', 'TIME', '2025-08-14TAF', true]]],
  // Year-end: the current year, the one before after "since"; not before a noun.
  ['It expects to close the deal by year-end.', [['year-end', 'DATE', '2025', true]]],
  ["Rules should be in place by year's end.", [["year's end", 'DATE', '2025', true]]],
  ['The percentage change is since year-end.', [['year-end', 'DATE', '2024', true]]],
  // Quarters: "fiscal" is part of the quarter; the determiner of an adjectival quarter is not.
  ['Net fell in the fiscal first quarter.', [['in the fiscal first quarter', 'DATE', '2025-Q1', true]]],
  [
    'It will post the third-quarter results soon.',
    [
      ['third-quarter', 'DATE', '2025-Q3', true],
      ['soon', 'DATE', 'FUTURE_REF', true],
    ],
  ],
  ['Net rose in the third quarter.', [['in the third quarter', 'DATE', '2025-Q3', true]]],
  [
    'The company said fiscal second-quarter profit rose.',
    [['fiscal second-quarter', 'DATE', '2025-Q2', true]],
  ],
  // "the week of" a day is that day's ISO week.
  [
    'The case may be heard the week of March 6, his lawyer said.',
    [['the week of March 6', 'DATE', '2025-W10', true]],
  ],
  // A determiner before a counted span is part of it; not before an adjective ("the 14-day period").
  ['Net for the nine months rose 5%.', [['for the nine months', 'DURATION', 'P9M', true]]],
  ['The 14-day period ended.', [['14-day', 'DURATION', 'P14D', true]]],
  ['Profit rose in the 1988 quarter.', [['the 1988 quarter', 'DATE', '1988', true]]],
  // A rate is no duration, after a number word too; after "for" it is again.
  ['He has been there for a week.', [['for a week', 'DURATION', 'P1W', true]]],
  // A modifier before a timex is part of its extent; the value stays; a preposition between keeps it out.
  ['The deal will close in early December.', [['early December', 'DATE', '2025-12', true]]],
  ['Shares fell late yesterday.', [['late yesterday', 'DATE', '2025-08-13', true]]],
  ['They expect a decision by mid-November.', [['mid-November', 'DATE', '2025-11', true]]],
  ['Sales will recover early next year.', [['early next year', 'DATE', '2026', true]]],
  ['It fell early on Friday.', [['on Friday', 'DATE', '2025-08-08', true]]],
  ['NATO ended the war almost four years ago.', [['almost four years ago', 'DATE', '2021', true]]],
  ['About 50 people died two days ago.', [['two days ago', 'DATE', '2025-08-12', true]]],
  // The part of a stated year is the year; a count with thousands separators is one number.
  ['The plant should be finished by the end of 1990.', [['the end of 1990', 'DATE', '1990', true]]],
  ['The empire lasted 1,000 years.', [['1,000 years', 'DURATION', 'P1000Y', true]]],
  // chrono's weekday takes a closing bracket it did not open.
  [
    'He will leave at dawn (4 a.m. EDT Thursday).',
    [['4 a.m. EDT Thursday', 'TIME', '2025-08-14T04:00-04:00', true]],
  ],
];

/** Sentences with no temporal expression at all. */
const MUST_NOT_MATCH = [
  "Gonzalez said on CBS's ''60 Minutes'' that he would stay.",
  'They talked in months of negotiations.',
  'He calls once in a while.',
  'They stood in a mile-long line.',
  'It was the year of the dragon.',
  'One day he will win.',
  'They marched in the March for Life.',
  'It was a long day.',
  'Qantas runs four flights a week to Bombay.',
  'They watched the late night show.',
  'He works in the morning.',
  'Year-end bonuses were cut.',
];

describe('time (round three): anchored on the publication date', () => {
  for (const [sentence, expected] of ANCHORED) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), expected));
  }
});

describe('time (round three): must not match', () => {
  for (const sentence of MUST_NOT_MATCH) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), []));
  }
});

describe('time (round three): TimeML extents', () => {
  const cases: [string, string][] = [
    ['at least 30 days', 'at least 30 days'],
    ['for at least 20 more years', 'at least 20 more years'],
    ['at most two weeks', 'at most two weeks'],
    ['at 5 p.m.', '5 p.m.'],
    ['for the year', 'the year'],
  ];
  for (const [text, extent] of cases) {
    it(text, () => assert.equal(timemlExtent({ start: 0, end: text.length, text }).text, extent));
  }
});
