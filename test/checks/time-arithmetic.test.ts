import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeArithmetic } from '../../src/checks/time-arithmetic.js';
import type { TimexType } from '../../src/doc/types.js';
import { makeDoc, type DocSpec } from '../events/make-doc.js';

const T = (text: string, value: string, type: TimexType = 'TIME') => ({ text, value, type });
const ANCHORAGE = { text: 'Anchorage', timeZone: 'America/Anchorage', country: 'US' };

const FIRE: [string, DocSpec, RegExp][] = [
  [
    'offset in the value, UTC as wire text',
    {
      text: 'The talks begin at 11:30 am (1900 GMT) Friday in Anchorage.',
      timexes: [T('11:30 am', '2025-08-15T11:30-08:00')],
      places: [ANCHORAGE],
    },
    /^11:30 am in America\/Anchorage on 2025-08-15 is 19:30 GMT, not 19:00 GMT as stated\.$/,
  ],
  [
    'floating local time, zone from the place, UTC as a Z timex',
    {
      text: 'The talks begin at 11:30 am (19:00 UTC) in Anchorage.',
      timexes: [T('11:30 am', '2025-08-15T11:30'), T('19:00 UTC', '2025-08-15T19:00Z')],
      places: [ANCHORAGE],
    },
    /is 19:30 UTC, not 19:00 UTC/,
  ],
  [
    'winter offset (AKST, UTC−9) from the date',
    {
      text: 'The vote closes at 8 pm (0400 GMT) in Anchorage.',
      timexes: [T('8 pm', '2025-01-10T20:00')],
      places: [ANCHORAGE],
    },
    /8:00 pm in America\/Anchorage on 2025-01-10 is 05:00 GMT, not 04:00 GMT/,
  ],
  [
    'no zone, only a country: fits none of its zones',
    {
      text: 'The launch is set for 11:30 am (1945 GMT) in the United States.',
      timexes: [T('11:30 am', '2025-08-15T11:30')],
      places: [{ text: 'United States', country: 'US' }],
    },
    /never 19:45 GMT/,
  ],
];

const QUIET: [string, DocSpec][] = [
  [
    'consistent: 11:30 am AKDT = 19:30 GMT',
    {
      text: 'The talks begin at 11:30 am (1930 GMT) in Anchorage.',
      timexes: [T('11:30 am', '2025-08-15T11:30-08:00')],
      places: [ANCHORAGE],
    },
  ],
  [
    'consistent with one of the country’s zones',
    {
      text: 'The launch is set for 11:30 am (1530 GMT) in the United States.',
      timexes: [T('11:30 am', '2025-08-15T11:30')],
      places: [{ text: 'United States', country: 'US' }],
    },
  ],
  [
    'no UTC equivalent stated',
    {
      text: 'The talks begin at 11:30 am in Anchorage.',
      timexes: [T('11:30 am', '2025-08-15T11:30-08:00')],
      places: [ANCHORAGE],
    },
  ],
  [
    'floating time and no place',
    { text: 'The talks begin at 11:30 am (1900 GMT).', timexes: [T('11:30 am', '2025-08-15T11:30')] },
  ],
  [
    'a date, not a clock time',
    { text: 'The talks begin on Friday (1900 GMT).', timexes: [T('Friday', '2025-08-15', 'DATE')] },
  ],
];

describe('time arithmetic', () => {
  for (const [name, spec, message] of FIRE) {
    it(`fires: ${name}`, () => {
      const f = findTimeArithmetic(makeDoc(spec));
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0]!.kind, 'time-arithmetic');
      assert.match(f[0]!.message, message);
      for (const s of f[0]!.spans) assert.equal(spec.text.slice(s.start, s.end), s.text);
    });
  }
  for (const [name, spec] of QUIET)
    it(`quiet: ${name}`, () => assert.deepEqual(findTimeArithmetic(makeDoc(spec)), []));
});
