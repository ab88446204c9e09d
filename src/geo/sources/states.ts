import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import type { GazetteerEntry } from '../types.js';
import type { Admin1Names } from './admin1.js';
import type { RawState } from './packages.js';
import type { CheckedPoint, StatePointCheck } from './state-points-check.js';

/**
 * country-state-city states as A.ADM1 entries (no population; coordinates are the state's centre, or the
 * reference gazetteers' point from `data/geo/state-points.tsv` where country-state-city's is elsewhere, or
 * a replacement where `check` finds country-state-city's outside the country: state-points-check.ts).
 */
export function stateEntries(
  states: readonly RawState[],
  admin1: Admin1Names,
  check?: StatePointCheck,
  pointsPath = dataFile('geo', 'state-points.tsv'),
): GazetteerEntry[] {
  const points = new Map(readTsv(pointsPath).map((r) => [`${r['country']}.${r['state']}`, r]));
  const out: GazetteerEntry[] = [];
  for (const s of states) {
    if (!s.latitude || !s.longitude) continue;
    const point = points.get(`${s.countryCode}.${s.isoCode}`);
    // A reference point was checked by hand; country-state-city's own is checked against the cities.
    const checked: CheckedPoint = point
      ? { lat: Number(point['lat']), lon: Number(point['lon']) }
      : (check?.(s.countryCode, s.isoCode, s.name, Number(s.latitude), Number(s.longitude)) ?? {
          lat: Number(s.latitude),
          lon: Number(s.longitude),
        });
    const entry: GazetteerEntry = {
      name: s.name,
      lat: checked.lat,
      lon: checked.lon,
      country: s.countryCode,
      admin1: s.name,
      featureClass: 'A.ADM1',
      population: 0,
      source: point
        ? `country-state-city; point: ${point['source']}`
        : checked.replaced
          ? `country-state-city; point: ${checked.replaced} (its own was outside the country)`
          : 'country-state-city',
    };
    if (checked.maxConfidence !== undefined) entry.maxConfidence = checked.maxConfidence;
    // Only where the codes are GeoNames' own can a state be matched with its cities by code.
    if (admin1.aligned.has(s.countryCode)) entry.admin1Code = s.isoCode;
    out.push(entry);
  }
  return out;
}
