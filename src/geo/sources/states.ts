import type { GazetteerEntry } from '../types.js';
import type { Admin1Names } from './admin1.js';
import type { RawState } from './packages.js';

/** country-state-city states as A.ADM1 entries (no population; coordinates are the state's centre). */
export function stateEntries(states: readonly RawState[], admin1: Admin1Names): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const s of states) {
    if (!s.latitude || !s.longitude) continue;
    const entry: GazetteerEntry = {
      name: s.name,
      lat: +s.latitude,
      lon: +s.longitude,
      country: s.countryCode,
      admin1: s.name,
      featureClass: 'A.ADM1',
      population: 0,
      source: 'country-state-city',
    };
    // Only where the codes are GeoNames' own can a state be matched with its cities by code.
    if (admin1.aligned.has(s.countryCode)) entry.admin1Code = s.isoCode;
    out.push(entry);
  }
  return out;
}
