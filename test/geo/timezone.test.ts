import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeFor, resolveMarked } from './helpers.js';

// name, label, zone (undefined = none)
const TABLE: readonly [string, string, string | undefined][] = [
  ['Elmendorf Air Force Base', 'FAC', 'America/Anchorage'],
  ['Anchorage', 'GPE', 'America/Anchorage'],
  ['the Hague', 'GPE', 'Europe/Amsterdam'], // not the 1970-merged Europe/Brussels
  ['Kyiv', 'GPE', 'Europe/Kyiv'],
  ['Novaya Zemlya', 'LOC', 'Europe/Moscow'],
  ['United States', 'GPE', 'America/New_York'], // a many-zone country: its capital's zone
  ['Russia', 'GPE', 'Europe/Moscow'],
  ['Ukraine', 'GPE', 'Europe/Kyiv'],
  ['White Sea', 'LOC', 'Europe/Moscow'], // at sea: the country's zone
  ['Barents Sea', 'LOC', undefined], // open sea, no country: none
  ['Pacific Ocean', 'LOC', undefined],
  ['Soviet Union', 'GPE', 'Europe/Moscow'],
];

describe('time zones of places', () => {
  for (const [name, label, zone] of TABLE) {
    it(`${name} → ${zone ?? 'none'}`, () => {
      const place = placeFor(resolveMarked(`It happened in [[${name}|${label}]].`), name);
      assert.ok(place);
      assert.equal(place.timeZone, zone);
    });
  }
});
