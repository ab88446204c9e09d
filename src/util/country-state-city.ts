/**
 * country-state-city's country and state lookups, loaded on first use. The package's index also loads its
 * 8 MB city table (≈100 MB of objects and a second of CPU at every start), which nothing here needs, so
 * this requires the two modules it does need on their own.
 */
import { createRequire } from 'node:module';
import type { Country as CountryApi, State as StateApi } from 'country-state-city';

const require = createRequire(import.meta.url);

let countryApi: typeof CountryApi | undefined;
let stateApi: typeof StateApi | undefined;

/** The package's `Country` (getCountryByCode, getAllCountries…), without its cities. */
export function cscCountry(): typeof CountryApi {
  countryApi ??= (require('country-state-city/lib/cjs/country.js') as { default: typeof CountryApi }).default;
  return countryApi;
}

/** The package's `State` (getStatesOfCountry, getAllStates…), without its cities. */
export function cscState(): typeof StateApi {
  stateApi ??= (require('country-state-city/lib/cjs/state.js') as { default: typeof StateApi }).default;
  return stateApi;
}
