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
  ['She spent 5 1/2 hours in Nairobi.', [['5 1/2 hours', 'DURATION', 'PT5H30M', true]]],
  ['The war lasted 2 1/2 years.', [['2 1/2 years', 'DURATION', 'P2Y6M', true]]],
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
  // A weekday with no tense cue looks back, unless it is tomorrow; future cues look forward.
  ['The rally Sunday drew thousands.', [['Sunday', 'DATE', '2025-08-10', true]]],
  ['The summit Friday is in Alaska.', [['Friday', 'DATE', '2025-08-15', true]]],
  // Month names placed relative to the publication month.
  ['It opened last April.', [['last April', 'DATE', '2025-04', true]]],
  ['It closed last December.', [['last December', 'DATE', '2024-12', true]]],
  ['They meet next January.', [['next January', 'DATE', '2026-01', true]]],
  ['Prices peaked in June last year.', [['June last year', 'DATE', '2024-06', true]]],
  // Frequency words, the weekend, named days of the year, spelled-out years.
  ['Protesters gather daily outside the home.', [['daily', 'SET', 'P1D', true]]],
  ['He spoke twice weekly.', [['weekly', 'SET', 'P1W', true]]],
  ['He said over the weekend that he would stay.', [['over the weekend', 'DATE', '2025-W32-WE', true]]],
  ['Traders squared positions ahead of the weekend.', [['the weekend', 'DATE', '2025-W33-WE', true]]],
  ['He was found on Thanksgiving Day.', [['Thanksgiving Day', 'DATE', '2024-11-28', true]]],
  ['It snowed last Christmas.', [['last Christmas', 'DATE', '2024-12-25', true]]],
  ['On Christmas Day, he spoke.', [['Christmas Day', 'DATE', '2024-12-25', true]]],
  ['It happened in nineteen ninety-six.', [['nineteen ninety-six', 'DATE', '1996', true]]],
  ['They predicted it for the year two thousand.', [['the year two thousand', 'DATE', '2000', true]]],
  // The reporting period of earnings news: "a year earlier" next to a quarter is that quarter a year before.
  [
    'Net rose 5% in the second quarter from a year earlier.',
    [
      ['in the second quarter', 'DATE', '2025-Q2', true],
      ['a year earlier', 'DATE', '2024-Q2', true],
    ],
  ],
  [
    'Profit rose in the second quarter. In the year-ago quarter, it fell.',
    [
      ['in the second quarter', 'DATE', '2025-Q2', true],
      ['the year-ago quarter', 'DATE', '2024-Q2', true],
    ],
  ],
  // A quarter not yet ended at publication is no reported period: "a year earlier" stays a year.
  [
    'The impact on third-quarter results is unknown. Net rose from a year earlier.',
    [
      ['on third-quarter', 'DATE', '2025-Q3', true],
      ['a year earlier', 'DATE', '2024', true],
    ],
  ],
  ['In the latest quarter, sales fell.', [['the latest quarter', 'DATE', '2025-Q2', true]]],
  ['He earned less in the 1988 second quarter.', [['in the 1988 second quarter', 'DATE', '1988-Q2', true]]],
  [
    "Sales should rise in next year's first quarter.",
    [["in next year's first quarter", 'DATE', '2026-Q1', true]],
  ],
  ['Compared with year-ago profit, it rose.', [['year-ago', 'DATE', '2024', true]]],
];

/** Rows whose publication date is not the default one. */
const ON_OTHER_DAYS: [sentence: string, published: string, expected: [string, string, string, boolean][]][] =
  [
    // chrono's "night of" swallows the date after it; the date is read again on its own.
    [
      'He was shot on the night of Friday, Oct. 23.',
      '1998-11-21',
      [['Friday, Oct. 23', 'DATE', '1998-10-23', true]],
    ],
    // US Election Day: the Tuesday after the first Monday of November.
    [
      'The theme of our campaign from here to Election Day.',
      '1998-10-26',
      [['Election Day', 'DATE', '1998-11-03', true]],
    ],
    // PolNeAR train shape: a named day told in the past after a year stated just before is that year's.
    [
      'In 2000, the vice president also distanced himself from the president. This was trickier, because he had a high approval rating -- by Election Day, he was hovering near 60%.',
      '2016-03-01',
      [
        ['In 2000', 'DATE', '2000', true],
        ['Election Day', 'DATE', '2000-11-07', true],
      ],
    ],
    // Told in the past with no year: the past one, not the coming one that is nearer to the anchor.
    [
      'But soon after Election Day, the president interrupted a discussion with historians.',
      '2016-09-08',
      [['Election Day', 'DATE', '2015-11-03', true]],
    ],
    // A past year in a sentence that looks forward: the coming one.
    [
      'Looking to correct missteps the party made in 2012, the chairman has authorized more staff in the states expected to be most pivotal on Election Day.',
      '2016-05-20',
      [
        ['in 2012', 'DATE', '2012', true],
        ['Election Day', 'DATE', '2016-11-08', true],
      ],
    ],
    [
      'He will speak at the Memorial Day parade.',
      '2025-05-01',
      [['Memorial Day', 'DATE', '2025-05-26', true]],
    ],
    // On a Monday, "the weekend" is the one just past, in the ISO week before.
    [
      'Over the weekend, officials confirmed it.',
      '1989-10-30',
      [['Over the weekend', 'DATE', '1989-W43-WE', true]],
    ],
    ['It fell last August.', '2025-08-14', [['last August', 'DATE', '2024-08', true]]],
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
  ['It opened last April.', [['last April', 'DATE', 'XXXX-04', false]]],
  ['He said over the weekend that he would stay.', [['over the weekend', 'DATE', 'XXXX-WXX-WE', false]]],
  ['It snowed last Christmas.', [['last Christmas', 'DATE', 'XXXX-12-25', false]]],
  ['In the latest quarter, sales fell.', [['the latest quarter', 'DATE', 'XXXX-QX', false]]],
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
  'The Daily Mail reported it.',
  "Crowds marked Ukraine's Independence Day.",
  'It was Canadian Thanksgiving.',
  'Sales in the quarter rose.',
  'Residents of the quarter fled.',
  'It was a period of mourning.',
  'About three-quarters of voters agreed.',
  'He won a quarter of the vote.',
  'Two thousand people came.',
  'He had previously worked there.',
  'He was formerly a banker.',
];

describe('time: anchored on the publication date', () => {
  for (const [sentence, expected] of ANCHORED) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), expected));
  }
});

describe('time: anchored on other publication dates', () => {
  for (const [sentence, published, expected] of ON_OTHER_DAYS) {
    it(`${sentence} (${published})`, () => assert.deepEqual(brief(timexes(sentence, published)), expected));
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
