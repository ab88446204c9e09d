import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ianaZone, normalisePublished } from '../../src/extract/dates.js';

/** [input, time zone stated by the page, expected] */
const CASES: readonly [string, string | undefined, string | undefined][] = [
  ['2025-08-14', undefined, '2025-08-14'],
  ['2025-08-14T10:30:00Z', undefined, '2025-08-14T10:30:00+00:00'],
  ['2025-08-14T10:30:00+01:00', undefined, '2025-08-14T10:30:00+01:00'],
  ['2025-08-14T10:30:00.123-04:00', undefined, '2025-08-14T10:30:00.123-04:00'],
  ['2025-08-14T10:30:00+0100', undefined, '2025-08-14T10:30:00+01:00'],
  ['2025-08-14 10:30:00 +01:00', undefined, '2025-08-14T10:30:00+01:00'],
  ['Thu, 14 Aug 2025 10:30:00 GMT', undefined, '2025-08-14T10:30:00+00:00'],
  ['Thu, 14 Aug 2025 10:30:00 -0800', undefined, '2025-08-14T10:30:00-08:00'],
  ['August 14, 2025', undefined, '2025-08-14'],
  ['Aug. 14, 2025', undefined, '2025-08-14'],
  ['14 August 2025', undefined, '2025-08-14'],
  ['20250814', undefined, '2025-08-14'],
  // A clock time without an offset: placed in the page's zone when it names one, else only the date is kept.
  ['2025-08-14T10:30:00', 'America/Anchorage', '2025-08-14T10:30:00-08:00'],
  ['2025-08-14T23:30:00', undefined, '2025-08-14'],
  ['  2025-08-14T10:30:00Z  ', undefined, '2025-08-14T10:30:00+00:00'],
  ['yesterday', undefined, undefined],
  ['', undefined, undefined],
];

describe('extract: publication dates', () => {
  for (const [input, zone, expected] of CASES) {
    it(`${JSON.stringify(input)}${zone ? ` in ${zone}` : ''} → ${expected}`, () => {
      assert.equal(normalisePublished(input, zone), expected);
    });
  }
  it('accepts only IANA Area/Location zone names', () => {
    assert.equal(ianaZone('Europe/London'), 'Europe/London');
    assert.equal(ianaZone(' America/Argentina/Buenos_Aires '), 'America/Argentina/Buenos_Aires');
    for (const bad of ['EST', '+01:00', 'Mars/Olympus', '', undefined])
      assert.equal(ianaZone(bad), undefined);
  });
});
