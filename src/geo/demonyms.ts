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
