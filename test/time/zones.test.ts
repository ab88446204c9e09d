import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicationDay } from '../../src/time/anchor.js';
import { timemlExtent } from '../../src/time/extent.js';
import { utcOffsetMinutes } from '../../src/time/zones.js';
import { brief, timexes } from './helpers.js';

describe('utcOffsetMinutes', () => {
  const rows: [zone: string, date: string, minutes: number][] = [
    ['America/Anchorage', '2025-08-15', -480],
    ['America/Anchorage', '2025-01-15', -540],
    ['America/Anchorage', '2025-08-15T11:30', -480],
    ['Europe/London', '2025-08-15', 60],
    ['Europe/London', '2025-12-01', 0],
    ['Asia/Kolkata', '2025-08-15', 330],
    ['UTC', '2025-08-15', 0],
  ];
  for (const [zone, date, minutes] of rows) {
    it(`${zone} on ${date} is ${minutes}`, () => assert.equal(utcOffsetMinutes(zone, date), minutes));
  }
  it('is NaN for an unknown zone', () =>
    assert.ok(Number.isNaN(utcOffsetMinutes('Mars/Olympus', '2025-08-15'))));
});

describe('clock times take the zone of the most specific place in their sentence', () => {
  it('uses DST: Alaska in January is -09:00', () => {
    const got = brief(
      timexes('The talks begin at 11:30 am Friday at Elmendorf in Alaska.', '2025-01-16', [
        ['Alaska', 'America/Anchorage', 'A.ADM1'],
        ['Elmendorf', 'America/Anchorage', 'S.AIRB'],
      ]),
    );
    assert.deepEqual(got, [['at 11:30 am Friday', 'TIME', '2025-01-17T11:30-09:00', true]]);
  });
  it('prefers a city over a country', () => {
    const got = timexes('He will land at 9 am Monday in Perth, Australia.', '2025-08-14', [
      ['Australia', 'Australia/Sydney', 'A.PCLI'],
      ['Perth', 'Australia/Perth', 'P.PPLA'],
    ]);
    assert.equal(got[0]?.value, '2025-08-18T09:00+08:00');
  });
  it('gives a stated UTC clock the day nearest the local time', () => {
    const got = brief(
      timexes('He will speak at 11:30 pm (0730 GMT) on Friday in Alaska.', '2025-08-14', [
        ['Alaska', 'America/Anchorage', 'A.ADM1'],
      ]),
    );
    assert.deepEqual(got, [
      ['at 11:30 pm (0730 GMT) on Friday', 'TIME', '2025-08-15T23:30-08:00', true],
      ['0730 GMT', 'TIME', '2025-08-16T07:30Z', true],
    ]);
  });
});

describe('publicationDay', () => {
  it('reads a bare date', () =>
    assert.deepEqual(publicationDay({ published: '2025-08-14' }), { year: 2025, month: 8, day: 14 }));
  it('keeps the stated offset day', () =>
    assert.deepEqual(publicationDay({ published: '2025-08-15T02:00:00+00:00' }), {
      year: 2025,
      month: 8,
      day: 15,
    }));
  it('moves into the publication zone', () =>
    assert.deepEqual(
      publicationDay({ published: '2025-08-15T02:00:00+00:00', timeZone: 'America/New_York' }),
      {
        year: 2025,
        month: 8,
        day: 14,
      },
    ));
  it('is undefined without a usable date', () => {
    assert.equal(publicationDay({}), undefined);
    assert.equal(publicationDay({ published: 'yesterday' }), undefined);
  });
});

describe('timemlExtent', () => {
  it('strips the leading preposition', () => {
    assert.deepEqual(timemlExtent({ start: 10, end: 19, text: 'on Friday' }), {
      start: 13,
      end: 19,
      text: 'Friday',
    });
    assert.deepEqual(timemlExtent({ start: 0, end: 9, text: 'Last week' }), {
      start: 0,
      end: 9,
      text: 'Last week',
    });
  });
});
