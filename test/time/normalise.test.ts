/** The time stage on single sentences: (sentence, published) → [text, type, value, anchored]. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, timexes } from './helpers.js';

type Row = [sentence: string, expected: [string, string, string, boolean][]];
const PUB = '2025-08-14'; // a Thursday

const ANCHORED: Row[] = [
  ['He will visit on Friday.', [['on Friday', 'DATE', '2025-08-15', true]]],
  ['He visited on Friday.', [['on Friday', 'DATE', '2025-08-08', true]]],
  ['Trump told reporters at the White House on Thursday.', [['on Thursday', 'DATE', '2025-08-14', true]]],
  ['The vote is on Monday.', [['on Monday', 'DATE', '2025-08-11', true]]],
  ['Last Friday, he said: no.', [['Last Friday', 'DATE', '2025-08-08', true]]],
  ['He spoke Tuesday night.', [['Tuesday night', 'TIME', '2025-08-12TNI', true]]],
  ['He left yesterday.', [['yesterday', 'DATE', '2025-08-13', true]]],
  ['He spoke this morning.', [['this morning', 'TIME', '2025-08-14TMO', true]]],
  ['a stunning February 28 White House meeting', [['February 28', 'DATE', '2025-02-28', true]]],
  ['They will meet on December 2.', [['December 2', 'DATE', '2025-12-02', true]]],
  ['They met on 14 August 2025.', [['on 14 August 2025', 'DATE', '2025-08-14', true]]],
  ['On Aug. 3, 2024, he said so.', [['Aug. 3, 2024', 'DATE', '2024-08-03', true]]],
  ['the meeting in March 2024', [['March 2024', 'DATE', '2024-03', true]]],
  ['He will come in May.', [['May', 'DATE', '2026-05', true]]],
  ['the first face-to-face meeting since 2018', [['since 2018', 'DATE', '2018', true]]],
  ['the United States bought Alaska in 1867 from Russia', [['in 1867', 'DATE', '1867', true]]],
  ['interference in the 2016 US elections', [['2016', 'DATE', '2016', true]]],
  ['growth slowed in mid-2024', [['mid-2024', 'DATE', '2024', true]]],
  ['The 1990s were calm.', [['The 1990s', 'DATE', '199', true]]],
  ['Prices rose in the early 2000s.', [['in the early 2000s', 'DATE', '200', true]]],
  ['the 1800s', [['the 1800s', 'DATE', '18', true]]],
  ['Sales rose last month.', [['last month', 'DATE', '2025-07', true]]],
  ['Last week the talks stalled.', [['Last week', 'DATE', '2025-W32', true]]],
  ['They will meet next year.', [['next year', 'DATE', '2026', true]]],
  ['The deal was signed earlier this month.', [['earlier this month', 'DATE', '2025-08', true]]],
  ['two weeks ago', [['two weeks ago', 'DATE', '2025-W31', true]]],
  ['It happened last summer.', [['last summer', 'DATE', '2024-SU', true]]],
  ['Earnings fell in the third quarter.', [['in the third quarter', 'DATE', '2025-Q3', true]]],
  ['vowed to bring peace within 24 hours.', [['within 24 hours', 'DURATION', 'PT24H', true]]],
  ['He said it would take two weeks.', [['two weeks', 'DURATION', 'P2W', true]]],
  ['The war lasted three years.', [['three years', 'DURATION', 'P3Y', true]]],
  ['A 24-hour ceasefire began.', [['24-hour', 'DURATION', 'PT24H', true]]],
  ['In the past two months, prices rose.', [['In the past two months', 'DURATION', 'P2M', true]]],
  ['It took twenty-four hours.', [['twenty-four hours', 'DURATION', 'PT24H', true]]],
  ['It will take a few years.', [['a few years', 'DURATION', 'PXY', true]]],
  ['They fought for years.', [['for years', 'DURATION', 'PXY', true]]],
  ['He meets them every Friday.', [['every Friday', 'SET', 'XXXX-WXX-5', true]]],
  ['She travels twice a week.', [['twice a week', 'SET', 'P1W', true]]],
  ['Reports come each year.', [['each year', 'SET', 'P1Y', true]]],
  ['Currently, the plan is stalled.', [['Currently', 'DATE', 'PRESENT_REF', true]]],
  ['It is over now.', [['now', 'DATE', 'PRESENT_REF', true]]],
  ['He has recently changed his mind.', [['recently', 'DATE', 'PAST_REF', true]]],
  ['In the past, Trump has praised Putin.', [['In the past', 'DATE', 'PAST_REF', true]]],
  ['The pictures, taken in recent weeks by a firm', [['in recent weeks', 'DATE', 'PAST_REF', true]]],
  [
    'On March 3 they met. Two days later, they signed.',
    [
      ['March 3', 'DATE', '2025-03-03', true],
      ['Two days later', 'DATE', '2025-03-05', true],
    ],
  ],
  ['at 3 p.m. EDT on Tuesday', [['at 3 p.m. EDT on Tuesday', 'TIME', '2025-08-12T15:00-04:00', true]]],
  ['at 19:00 GMT on Friday', [['at 19:00 GMT on Friday', 'TIME', '2025-08-15T19:00Z', true]]],
];

const UNANCHORED: Row[] = [
  ['He will visit on Friday.', [['on Friday', 'DATE', 'XXXX-WXX-5', false]]],
  ['Last Friday, he said: no.', [['Last Friday', 'DATE', 'XXXX-WXX-5', false]]],
  ['a stunning February 28 White House meeting', [['February 28', 'DATE', 'XXXX-02-28', false]]],
  ['Sales rose last month.', [['last month', 'DATE', 'XXXX-XX', false]]],
  ['He left yesterday.', [['yesterday', 'DATE', 'XXXX-XX-XX', false]]],
  ['The talks resumed two days later.', [['two days later', 'DATE', 'XXXX-XX-XX', false]]],
  ['It happened last summer.', [['last summer', 'DATE', 'XXXX-SU', false]]],
  ['since 2018', [['since 2018', 'DATE', '2018', true]]],
  ['within 24 hours', [['within 24 hours', 'DURATION', 'PT24H', true]]],
];

/** Sentences with no temporal expression at all. */
const MUST_NOT_MATCH = [
  'Trump estimated the summit has a 25% chance of flopping.',
  'He sent 1,000 troops to the border.',
  'The 2000 troops left the base.',
  'tests of the 9M730 Burevestnik missile',
  'Theresa May said it was not over.',
  'He may resign, she warned.',
  'March on, they said.',
  'It was the second attempt.',
  'He won a second term.',
  'The Good Friday Agreement holds.',
  'He sat down with The Sun.',
  'A break with the past is needed.',
  'Black Friday sales were strong.',
  'The hot spring was closed.',
  'the fall of Kabul',
  'Coverage ran 24/7 after the attack.',
  'He left as soon as he could.',
  'Room 2018 was empty.',
];

describe('time: anchored on the publication date', () => {
  for (const [sentence, expected] of ANCHORED) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), expected));
  }
});

describe('time: without a publication date, relative values keep X placeholders', () => {
  for (const [sentence, expected] of UNANCHORED) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence)), expected));
  }
});

describe('time: must not match', () => {
  for (const sentence of MUST_NOT_MATCH) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), []));
  }
});
