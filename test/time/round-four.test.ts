/**
 * The time stage on single sentences, fourth round (TempEval-3 value errors): tense cues for schedules
 * ("had been due to expire Friday", "has scheduled … Monday"), "planned" looking forward only, un- adjectives
 * that are no past verbs, "the past year" as the calendar year before, an unstated count before "later" as a
 * duration, "Tuesday nights" as a set, and the quarter a reporting period is compared with.
 * (sentence, published 2025-08-14) → [text, type, value, anchored].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, timexes } from './helpers.js';

type Row = [sentence: string, expected: [string, string, string, boolean][]];
const PUB = '2025-08-14'; // a Thursday

const ANCHORED: Row[] = [
  // A schedule that was due before now looks back; one being made looks ahead.
  ['The offer had been due to expire Friday evening.', [['Friday evening', 'TIME', '2025-08-08TEV', true]]],
  ['The offer had been scheduled to expire Friday.', [['Friday', 'DATE', '2025-08-08', true]]],
  ['The offer is due to expire Friday.', [['Friday', 'DATE', '2025-08-15', true]]],
  ['The attorney has scheduled a news conference Monday.', [['Monday', 'DATE', '2025-08-18', true]]],
  ['The attorney has held a news conference Monday.', [['Monday', 'DATE', '2025-08-11', true]]],
  // "planned" speaks for what follows it (the plan's day), not for a day named before it.
  ['Protesters planned a rally on Saturday.', [['on Saturday', 'DATE', '2025-08-16', true]]],
  [
    'On Saturday, the government planned to pay the first claims.',
    [['On Saturday', 'DATE', '2025-08-09', true]],
  ],
  // An un- adjective is no past verb; a past verb still is.
  ['The split would be paid on a still unspecified date in January.', [['January', 'DATE', '2026-01', true]]],
  ['The company specified a date in January.', [['January', 'DATE', '2025-01', true]]],
  // "The past year", "the next year": the calendar year before or after; months and decades stay spans.
  ['Hate groups grew over the past year.', [['over the past year', 'DATE', '2024', true]]],
  ['Sales rose in the last year.', [['in the last year', 'DATE', '2024', true]]],
  ['The plants will be closed over the next year.', [['over the next year', 'DATE', '2026', true]]],
  ['Sales fell in the past month.', [['in the past month', 'DURATION', 'P1M', true]]],
  ['Prices rose in the past fiscal year.', [['in the past fiscal year', 'DURATION', 'P1Y', true]]],
  ['Attacks had become routine over the past decade.', [['over the past decade', 'DURATION', 'P10Y', true]]],
  // A span before "later" that names no date is a duration without the adverb; two days later is a date.
  ['A few days later, the company announced a loss.', [['A few days', 'DURATION', 'PXD', true]]],
  ['Just over an hour later, he was declared dead.', [['over an hour', 'DURATION', 'PT1H', true]]],
  [
    'But a minute and a half later, a pilot called in.',
    [['a minute and a half', 'DURATION', 'PT1M30S', true]],
  ],
  ['Two hours later, police arrived.', [['Two hours', 'DURATION', 'PT2H', true]]],
  ['Two days later, the index fell.', [['Two days later', 'DATE', '2025-08-16', true]]],
  ['Several years ago the plant closed.', [['Several years ago', 'DATE', 'PAST_REF', true]]],
  // A weekday with a plural part of the day recurs, and so does the weekday coordinated with it.
  ['He works Friday nights.', [['Friday nights', 'SET', 'XXXX-WXX-5TNI', true]]],
  [
    'Flights leave on Monday and Tuesday nights.',
    [
      ['on Monday', 'SET', 'XXXX-WXX-1TNI', true],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI', true],
    ],
  ],
  [
    'They met on Monday and Tuesday night.',
    [
      ['on Monday', 'DATE', '2025-08-11', true],
      ['Tuesday night', 'TIME', '2025-08-12TNI', true],
    ],
  ],
  // The quarter a reporting period is compared with does not replace it.
  [
    'Net rose 20% in the second quarter. After a flat first quarter, the company cited prices. Net was lower a year ago.',
    [
      ['in the second quarter', 'DATE', '2025-Q2', true],
      ['first quarter', 'DATE', '2025-Q1', true],
      ['a year ago', 'DATE', '2024-Q2', true],
    ],
  ],
  [
    'Net rose in the second quarter, up from the first quarter. The quarter was strong.',
    [
      ['in the second quarter', 'DATE', '2025-Q2', true],
      ['from the first quarter', 'DATE', '2025-Q1', true],
      ['The quarter', 'DATE', '2025-Q2', true],
    ],
  ],
  // … but a quarter named on its own still does.
  [
    'Net rose in the second quarter. Net fell in the first quarter. Net was lower a year ago.',
    [
      ['in the second quarter', 'DATE', '2025-Q2', true],
      ['in the first quarter', 'DATE', '2025-Q1', true],
      ['a year ago', 'DATE', '2024-Q1', true],
    ],
  ],
];

/** Sentences with no temporal expression at all. */
const MUST_NOT_MATCH = [
  'He works nights.',
  'The chairman planned the merger.',
  'An unspecified amount was paid later.',
  'A 52-year-old man was arrested.',
  'Many more people came later.',
];

describe('time (round four): anchored on the publication date', () => {
  for (const [sentence, expected] of ANCHORED) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), expected));
  }
});

describe('time (round four): must not match', () => {
  for (const sentence of MUST_NOT_MATCH) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), []));
  }
});
