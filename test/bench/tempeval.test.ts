import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addCounts,
  countTimexes,
  emptyCounts,
  te3Scores,
  withoutUtcOffset,
  type TimexAnnotation,
} from '../../bench/lib/tempeval.js';

const t = (start: number, end: number, type: string, value: string): TimexAnnotation => ({
  start,
  end,
  type,
  value,
});

// Gold: 4 timexes. System: 5. Relaxed matches: 3 (one of them strict... see below).
const gold = [
  t(0, 6, 'DATE', '1998-08-07'), // "Friday"        ← system identical, same value: strict, type ok, value ok
  t(10, 25, 'TIME', '1998-08-07TMO'), // "Friday morning" ← system "morning" only: relaxed, type ok, value wrong
  t(30, 39, 'DURATION', 'P1W'), // "last week"  ← system same span, type DATE: strict, type wrong, value wrong
  t(50, 54, 'DATE', '1997'), // missed
];
const system = [
  t(0, 6, 'DATE', '1998-08-07'),
  t(17, 25, 'TIME', '1998-08-07T08:00'),
  t(30, 39, 'DATE', '1998-W31'),
  t(60, 63, 'DATE', 'PRESENT_REF'), // spurious
  t(70, 75, 'SET', 'P1D'), // spurious
];

test('countTimexes counts relaxed, strict and attribute matches of one document', () => {
  assert.deepEqual(countTimexes(gold, system), {
    gold: 4,
    system: 5,
    relaxed: 3,
    strict: 2,
    typeCorrect: 2,
    valueCorrect: 1,
    valueCorrectIgnoringZone: 1,
  });
});

test('te3Scores: P/R/F1 per match kind, attribute accuracy over relaxed matches, value F1 = acc × relaxed F1', () => {
  const s = te3Scores(countTimexes(gold, system));
  const near = (a: number, b: number, what: string): void => assert.ok(Math.abs(a - b) < 1e-12, what);
  near(s.strict.precision, 2 / 5, 'strict P');
  near(s.strict.recall, 2 / 4, 'strict R');
  near(s.strict.f1, (2 * 0.4 * 0.5) / 0.9, 'strict F1');
  near(s.relaxed.precision, 3 / 5, 'relaxed P');
  near(s.relaxed.recall, 3 / 4, 'relaxed R');
  const relaxedF1 = (2 * 0.6 * 0.75) / 1.35;
  near(s.relaxed.f1, relaxedF1, 'relaxed F1');
  near(s.typeAccuracy, 2 / 3, 'type accuracy');
  near(s.valueAccuracy, 1 / 3, 'value accuracy');
  near(s.valueF1, relaxedF1 / 3, 'value F1');
  // The same figure as the F1 of value-correct matches over system and gold counts (TE3's definition).
  const p = 1 / 5;
  const r = 1 / 4;
  near(s.valueF1, (2 * p * r) / (p + r), 'value F1 as attribute P/R');
});

test('counts add up across documents (micro-average), and nothing scores zero', () => {
  const twice = addCounts(countTimexes(gold, system), countTimexes(gold, system));
  assert.equal(twice.relaxed, 6);
  assert.equal(te3Scores(twice).relaxed.f1, te3Scores(countTimexes(gold, system)).relaxed.f1);
  const none = te3Scores(emptyCounts());
  assert.equal(none.relaxed.f1, 0);
  assert.equal(none.valueF1, 0);
});

test('withoutUtcOffset drops only a clock time zone offset', () => {
  const cases: [string, string][] = [
    ['1998-08-07T10:35+03:00', '1998-08-07T10:35'],
    ['1998-08-07T07:35Z', '1998-08-07T07:35'],
    ['2000-04-06T04:00-04', '2000-04-06T04:00'],
    ['1998-08-07T10:35', '1998-08-07T10:35'],
    ['1998-08-07', '1998-08-07'], // a date's "-07" is not an offset
    ['PT24H', 'PT24H'],
    ['2000-01-05TNI', '2000-01-05TNI'],
  ];
  for (const [value, expected] of cases) assert.equal(withoutUtcOffset(value), expected, value);
  const zoned = countTimexes(
    [t(0, 5, 'TIME', '1998-08-07T10:35')],
    [t(0, 5, 'TIME', '1998-08-07T10:35+03:00')],
  );
  assert.equal(zoned.valueCorrect, 0);
  assert.equal(zoned.valueCorrectIgnoringZone, 1);
});
