import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';

/** One row of `data/geo/aliases.tsv`: `alias` means the entry named `name` in `country`. */
export interface AliasRow {
  alias: string;
  /** `(country)` for the country itself. */
  name: string;
  country: string;
}

export const COUNTRY_ITSELF = '(country)';

export function aliasRows(path = dataFile('geo', 'aliases.tsv')): AliasRow[] {
  return readTsv(path).map((r) => ({ alias: r['alias']!, name: r['name']!, country: r['country']! }));
}

/** `data/geo/us-state-abbreviations.tsv`: AP-style abbreviations ("W.Va.") → state name. */
export function stateAbbreviations(
  path = dataFile('geo', 'us-state-abbreviations.tsv'),
): { abbreviation: string; state: string }[] {
  return readTsv(path).map((r) => ({ abbreviation: r['abbreviation']!, state: r['state']! }));
}
