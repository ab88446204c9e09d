import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import type { GazetteerEntry } from '../types.js';
import type { Admin1Names } from './admin1.js';
import type { RawState } from './packages.js';

/**
 * country-state-city states as A.ADM1 entries (no population; coordinates are the state's centre, or the
 * reference gazetteers' point from `data/geo/state-points.tsv` where country-state-city's is elsewhere).
 */
export function stateEntries(
  states: readonly RawState[],
  admin1: Admin1Names,
  pointsPath = dataFile('geo', 'state-points.tsv'),
): GazetteerEntry[] {
  const points = new Map(readTsv(pointsPath).map((r) => [`${r['country']}.${r['state']}`, r]));
  const out: GazetteerEntry[] = [];
  for (const s of states) {
    if (!s.latitude || !s.longitude) continue;
    const point = points.get(`${s.countryCode}.${s.isoCode}`);
    const entry: GazetteerEntry = {
      name: s.name,
      lat: Number(point?.['lat'] ?? s.latitude),
      lon: Number(point?.['lon'] ?? s.longitude),
      country: s.countryCode,
      admin1: s.name,
      featureClass: 'A.ADM1',
      population: 0,
      source: point ? `country-state-city; point: ${point['source']}` : 'country-state-city',
    };
    // Only where the codes are GeoNames' own can a state be matched with its cities by code.
    if (admin1.aligned.has(s.countryCode)) entry.admin1Code = s.isoCode;
    out.push(entry);
  }
  return out;
}
