import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { foldName } from './normalise.js';

let table: Map<string, string> | undefined;

function demonyms(): Map<string, string> {
  table ??= new Map(
    readTsv(dataFile('geo', 'demonyms.tsv')).map((r) => [foldName(r['demonym']!), r['country']!]),
  );
  return table;
}

/**
 * The country (ISO 3166-1 alpha-2) a demonym or nationality adjective names: "Russian", "Ukrainians",
 * "South Korean" → "KR". Demonyms are not places; this lets NORP mentions point at a country.
 */
export function demonymCountry(word: string): string | undefined {
  const key = foldName(word);
  if (!key) return undefined;
  const table = demonyms();
  return table.get(key) ?? (key.endsWith('s') ? table.get(key.slice(0, -1)) : undefined);
}

/** A place a sub-national or continental demonym names ("Ohioans" → Ohio in the US). */
export interface PlaceDemonym {
  place: string;
  /** ISO 3166-1 alpha-2 of the place; absent for continents. */
  country?: string;
}

let placeTable: Map<string, PlaceDemonym> | undefined;

function placeDemonyms(): Map<string, PlaceDemonym> {
  placeTable ??= new Map(
    readTsv(dataFile('geo', 'place-demonyms.tsv')).map((r) => [
      foldName(r['demonym']!),
      r['country'] ? { place: r['place']!, country: r['country'] } : { place: r['place']! },
    ]),
  );
  return placeTable;
}

/**
 * The region, state, city or continent a demonym names (`data/geo/place-demonyms.tsv`): "Abkhaz" →
 * Abkhazia, "Ohioans" → Ohio, "European" → Europe. Read only for words a caller marks as places.
 */
export function demonymPlace(word: string): PlaceDemonym | undefined {
  const key = foldName(word);
  if (!key) return undefined;
  const table = placeDemonyms();
  return table.get(key) ?? (key.endsWith('s') ? table.get(key.slice(0, -1)) : undefined);
}
