/**
 * The time stage on single sentences, second round (TempEval-3 dev-data driven): tense cues, ranges, periods of
 * earnings news, bare years, words for decades and centuries, attributive "current"/"recent", shifts from the
 * last stated date, and the precision filters. (sentence, published 2025-08-14) → [text, type, value, anchored].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, timexes } from './helpers.js';

type Row = [sentence: string, expected: [string, string, string, boolean][]];
const PUB = '2025-08-14'; // a Thursday

const ANCHORED: Row[] = [
  // Past forms, regular or irregular, are past cues; "next to" and a participle after an auxiliary are not.
  ['Shares rose Friday.', [['Friday', 'DATE', '2025-08-08', true]]],
  ['Cuba predicted Wednesday that exiles will fight.', [['Wednesday', 'DATE', '2025-08-13', true]]],
  ['A bomb exploded next to the embassy on Friday.', [['on Friday', 'DATE', '2025-08-08', true]]],
  ['She will be named commander on Tuesday.', [['on Tuesday', 'DATE', '2025-08-19', true]]],
  ['After the hastily planned trip on Monday, he rested.', [['on Monday', 'DATE', '2025-08-11', true]]],
  // A month after a cue keeps its cue even before a comma; a number chrono took for a clock is dropped.
  ['In March, the company received an offer.', [['March', 'DATE', '2025-03', true]]],
  ['The index fell 1.4%, or 6.43, on Friday, to 437.68.', [['on Friday', 'DATE', '2025-08-08', true]]],
  ['It may buy shares after Jan. 1, 1990 at 1,015 francs.', [['Jan. 1, 1990', 'DATE', '1990-01-01', true]]],
  // More tense cues: set/due to, planned (not "the hastily planned"), effective, a deadline extended until.
  ['The talks are set to resume Monday in Belfast.', [['Monday', 'DATE', '2025-08-18', true]]],
  ['Protesters planned a large demonstration on Saturday.', [['on Saturday', 'DATE', '2025-08-16', true]]],
  ['The new labor pact is effective Sept. 1.', [['Sept. 1', 'DATE', '2025-09-01', true]]],
  ['INS extended its deadline until Tuesday.', [['Tuesday', 'DATE', '2025-08-19', true]]],
  ['The stock would be paid in January.', [['January', 'DATE', '2026-01', true]]],
  // A range: each end is its own timex.
  [
    'After a revision Friday to December figures, jobs rose.',
    [
      ['Friday', 'DATE', '2025-08-08', true],
      ['December', 'DATE', '2024-12', true],
    ],
  ],
  // Periods of earnings news and parts of periods.
  ['Sales for the full year were $6.6 billion.', [['the full year', 'DATE', '2025', true]]],
  [
    'For the year ended Sept. 30, Ralston earned $422 million.',
    [
      ['the year', 'DURATION', 'P1Y', true],
      ['Sept. 30', 'DATE', '2025-09-30', true],
    ],
  ],
  ['The offer expires at the end of November.', [['the end of November', 'DATE', '2025-11', true]]],
  ['It will close by the end of the year.', [['the end of the year', 'DATE', '2025', true]]],
  ['Profit for the first half rose.', [['the first half', 'DATE', '2025-H1', true]]],
  [
    'Losses will last through the first two quarters of 1990.',
    [['the first two quarters of 1990', 'DATE', '1990-H1', true]],
  ],
  ['Sales should rise in the current fiscal year.', [['in the current fiscal year', 'DATE', '2025', true]]],
  [
    'It turned a profit after several quarters of losses.',
    [['after several quarters', 'DURATION', 'PXQ', true]],
  ],
  [
    'Over the next couple of years it will grow.',
    [['Over the next couple of years', 'DURATION', 'P2Y', true]],
  ],
  ['There were sell programs in past years.', [['past years', 'DATE', 'PAST_REF', true]]],
  // Sets, centuries and decades in words, seasons after "into" / "this past".
  ['Orangemen march each July.', [['each July', 'SET', 'XXXX-07', true]]],
  ['the fabled 11th century temple', [['11th century', 'DATE', '10', true]]],
  ['It shaped the twentieth century.', [['the twentieth century', 'DATE', '19', true]]],
  ['Numbers dropped through the nineties.', [['the nineties', 'DATE', '199', true]]],
  ['Demand stayed high well into the summer.', [['into the summer', 'DATE', '2025-SU', true]]],
  ['They scrapped it this past spring.', [['this past spring', 'DATE', '2025-SP', true]]],
  // Adjectives placing a noun in time; shifts from the last date or month stated.
  ['It sparked the current weakness in London.', [['current', 'DATE', 'PRESENT_REF', true]]],
  ['according to a recent SEC filing', [['recent', 'DATE', 'PAST_REF', true]]],
  [
    'In March they met. The following month, the company was sold.',
    [
      ['March', 'DATE', '2025-03', true],
      ['The following month', 'DATE', '2025-04', true],
    ],
  ],
  [
    'He was shot on Oct. 23, 1998. Earlier that day, he was warned.',
    [
      ['Oct. 23, 1998', 'DATE', '1998-10-23', true],
      ['Earlier that day', 'DATE', '1998-10-23', true],
    ],
  ],
  [
    'He fled in June 1998 and returned later that year.',
    [
      ['June 1998', 'DATE', '1998-06', true],
      ['later that year', 'DATE', '1998', true],
    ],
  ],
  ['He arrived in Philadelphia later in the day.', [['the day', 'DATE', '2025-08-14', true]]],
  ['She flew on after the day before returning home.', []],
  [
    'The economy will slow in coming months as exports fall.',
    [['in coming months', 'DATE', 'FUTURE_REF', true]],
  ],
  ['For the year, pet food volume was flat.', [['the year', 'DATE', '2025', true]]],
  ['He will stay for at least two more weeks.', [['for at least two more weeks', 'DURATION', 'P2W', true]]],
  ['Shares fell for eight trading days.', [['for eight trading days', 'DURATION', 'P8D', true]]],
  ['They may soon seek an indictment.', [['soon', 'DATE', 'FUTURE_REF', true]]],
  ['Now the alliance is weak.', [['Now', 'DATE', 'PRESENT_REF', true]]],
  // Spelled-out years narrowed by a month or season.
  [
    'It began in January nineteen ninety-seven.',
    [['January nineteen ninety-seven', 'DATE', '1997-01', true]],
  ],
  [
    'In the winter of nineteen ninety-four it snowed.',
    [['the winter of nineteen ninety-four', 'DATE', '1994-WI', true]],
  ],
  ['She waited a minute and a half.', [['a minute and a half', 'DURATION', 'PT1M30S', true]]],
  // A year with no cue before it.
  [
    'The cut will dilute earnings in both 1990 and 1991.',
    [
      ['1990', 'DATE', '1990', true],
      ['1991', 'DATE', '1991', true],
    ],
  ],
  ["It will show in the company's 1989 results.", [['1989', 'DATE', '1989', true]]],
  ['Analysts were predicting 1990 earnings of $3.90.', [['1990', 'DATE', '1990', true]]],
  ['He planned to leave on Saturday.', [['on Saturday', 'DATE', '2025-08-16', true]]],
  ['The group could leave as soon as Tuesday.', [['Tuesday', 'DATE', '2025-08-19', true]]],
];

/** Sentences with no temporal expression at all. */
const MUST_NOT_MATCH = [
  'He drove a Windows 2000 machine.',
  'They met at 1930 local time.',
  'We march, they said.',
  'He may, in turn, leave.',
  'The current account deficit widened.',
  'He is in his sixties.',
  'He scored in the first half of the game.',
  'Now, he says, it looks bad.',
  'He was soon released.',
  'He died soon after being captured.',
  'Cash soon became a flood.',
  'This is VOA Today.',
  'He spoke on ABC\'s "This Week" program.',
  'The poster showed Gary Cooper from the film High Noon.',
  'She spends hours there later before returning home.',
  'That day will come, he said.',
  'She left for the early years program.',
];

describe('time (round two): anchored on the publication date', () => {
  for (const [sentence, expected] of ANCHORED) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), expected));
  }
});

describe('time (round two): must not match', () => {
  for (const sentence of MUST_NOT_MATCH) {
    it(sentence, () => assert.deepEqual(brief(timexes(sentence, PUB)), []));
  }
});
