/**
 * country-state-city states placed at a namesake in another country get a point in their own (the cities'
 * mean, else the country's); states whose point is right, remote islands and territories keep theirs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../../src/geo/gazetteer.js';
import type { Admin1Names } from '../../src/geo/sources/admin1.js';
import type { RawCity } from '../../src/geo/sources/packages.js';
import { statePointCheck } from '../../src/geo/sources/state-points-check.js';
import { km } from './helpers.js';

const city = (name: string, country: string, adminCode: string, lat: number, lon: number): RawCity => ({
  cityId: 0,
  name,
  country,
  featureCode: 'PPL',
  adminCode,
  population: 5000,
  loc: { coordinates: [lon, lat] },
});

describe('statePointCheck', () => {
  const cities = [
    city('Bloemfontein', 'ZA', '03', -29.12, 26.21),
    city('Welkom', 'ZA', '03', -27.98, 26.73),
    city('Cape Town', 'ZA', '11', -33.93, 18.42),
    city('Wichita', 'US', 'KS', 37.69, -97.34),
    city('Les Irois', 'HT', '11', 18.4, -74.45),
    city('Fort-de-France', 'MQ', '00', 14.6, -61.07),
    city('Denver', 'US', 'CO', 39.74, -104.98),
    city('Honolulu', 'US', 'HI', 21.31, -157.86), // the US reaches far from its centre: Navassa is within
  ];
  const admin1: Admin1Names = {
    aligned: new Set(['US']),
    nameOf: () => undefined,
    stateCodeOf: (country, code) =>
      country === 'ZA' && code === '03' ? 'FS' : country === 'US' ? code : undefined,
  };
  const countries: Record<string, { lat: number; lon: number }> = {
    ZA: { lat: -29, lon: 24 },
    US: { lat: 39.76, lon: -98.5 },
    FR: { lat: 46, lon: 2 },
  };
  const check = statePointCheck(
    cities,
    admin1,
    (c) => countries[c],
    (c) => (c === 'MQ' ? 'Martinique' : undefined),
  );

  it("moves a state found at a namesake abroad to its own cities' mean, else to its country", () => {
    const free = check('ZA', 'FS', 'Free State', 37.69, -97.28); // Wichita, Kansas
    assert.deepEqual([free.lat.toFixed(2), free.lon.toFixed(2)], ['-28.55', '26.47']);
    assert.match(free.replaced ?? '', /cities/);
    const western = check('ZA', 'WC', 'Western Cape', 39.7, -104.9); // Denver
    assert.deepEqual([western.lat, western.lon, western.maxConfidence], [-29, 24, 0.5]);
  });

  it('keeps a point with a city of its country near, in no city range, or on its own territory', () => {
    assert.deepEqual(check('US', 'KS', 'Kansas', 38.5, -98), { lat: 38.5, lon: -98 });
    assert.deepEqual(check('US', 'UM', 'Wake Island', 19.28, 166.65), { lat: 19.28, lon: 166.65 });
    assert.deepEqual(check('US', 'NAV', 'Navassa Island', 18.41, -75.01), { lat: 18.41, lon: -75.01 });
    assert.deepEqual(check('FR', '972', 'Martinique', 14.64, -61.02), { lat: 14.64, lon: -61.02 });
  });
});

describe('the gazetteer with checked state points', () => {
  const { gazetteer } = buildGazetteer();
  const state = (name: string, country: string) =>
    gazetteer.lookup(name).find((e) => e.country === country && e.featureClass === 'A.ADM1');

  it('places Free State, Hunan and Clare in their countries', () => {
    const cases: [string, string, number, number, number][] = [
      ['Free State', 'ZA', -28.5, 26.5, 700],
      ['Hunan', 'CN', 27.6, 111.7, 1300],
      ['Navassa Island', 'US', 18.4, -75.0, 50],
    ];
    for (const [name, country, lat, lon, within] of cases) {
      const e = state(name, country);
      assert.ok(e, `${name} (${country}) in the gazetteer`);
      assert.ok(km(e.lat, e.lon, lat, lon) < within, `${name}: ${e.lat}, ${e.lon}`);
    }
  });
});
