/** When two reports of one event disagree: each rule on cases that must and must not fire. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disagreements } from '../../src/corpus/disagreements.js';
import { countedThings, type EventFacts } from '../../src/corpus/event-facts.js';

const at = (text: string) => ({ start: 0, end: text.length, text });
const facts = (fields: Partial<EventFacts>): EventFacts => ({
  articleId: 'x',
  type: 'ASSAULT',
  numbers: [],
  ...fields,
});
const town = (name: string, country: string, lat: number, lon: number) => ({
  ...at(name),
  name,
  country,
  lat,
  lon,
  featureClass: 'P.PPL',
});
const ANCHORAGE = town('Anchorage', 'US', 61.22, -149.9);
const EAGLE_RIVER = town('Eagle River', 'US', 61.32, -149.57);
const JUNEAU = town('Juneau', 'US', 58.3, -134.42);
const ALASKA = { ...at('Alaska'), name: 'Alaska', country: 'US', lat: 64, lon: -150, featureClass: 'A.ADM1' };
const MOSCOW = town('Moscow', 'RU', 55.75, 37.62);

describe('disagreements', () => {
  const cases: [string, EventFacts, EventFacts, string[]][] = [
    [
      'different days',
      facts({ time: { ...at('Friday'), value: '2025-08-15' } }),
      facts({ time: { ...at('Saturday'), value: '2025-08-16T10:00' } }),
      ['corpus:contradiction-date'],
    ],
    [
      'same day, one with a clock time',
      facts({ time: { ...at('Friday'), value: '2025-08-15' } }),
      facts({ time: { ...at('11:30 am Friday'), value: '2025-08-15T11:30-08:00' } }),
      [],
    ],
    [
      'a month is not precise enough',
      facts({ time: { ...at('August'), value: '2025-08' } }),
      facts({ time: { ...at('Friday'), value: '2025-08-15' } }),
      [],
    ],
    [
      'towns far apart',
      facts({ place: ANCHORAGE }),
      facts({ place: JUNEAU }),
      ['corpus:contradiction-place'],
    ],
    ['neighbouring towns', facts({ place: ANCHORAGE }), facts({ place: EAGLE_RIVER }), []],
    ['a town and its state', facts({ place: ANCHORAGE }), facts({ place: ALASKA }), []],
    [
      'different countries',
      facts({ place: ALASKA }),
      facts({ place: MOSCOW }),
      ['corpus:contradiction-place'],
    ],
    [
      'different counts of the same thing',
      facts({ numbers: countedThings('killed 12 people', 0) }),
      facts({ numbers: countedThings('at least 15 people died', 0) }),
      ['corpus:contradiction-number'],
    ],
    [
      'counts of different things',
      facts({ numbers: countedThings('12 people in 3 villages', 0) }),
      facts({ numbers: countedThings('12 people in 4 districts', 0) }),
      [],
    ],
    [
      'plural and singular are the same thing',
      facts({ numbers: countedThings('2 soldiers', 0) }),
      facts({ numbers: countedThings('1 soldier', 0) }),
      ['corpus:contradiction-number'],
    ],
  ];
  for (const [name, ours, theirs, rules] of cases) {
    it(name, () =>
      assert.deepEqual(
        disagreements(ours, theirs).map((d) => d.rule),
        rules,
      ),
    );
  }

  it('reads counted things with their spans', () => {
    assert.deepEqual(countedThings('More than 1,200 homes and 3.5 hectares; 2025', 10), [
      { noun: 'homes', value: 1200, start: 20, end: 25, text: '1,200' },
      { noun: 'hectares', value: 3.5, start: 36, end: 39, text: '3.5' },
    ]);
  });
});
