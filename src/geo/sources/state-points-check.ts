import { distanceKm } from '../distance.js';
import { foldName } from '../normalise.js';
import type { Admin1Names } from './admin1.js';
import type { RawCity } from './packages.js';

/**
 * country-state-city placed some states at a namesake elsewhere: South Africa's Free State at Wichita,
 * Kansas; Venezuela's Lara in Los Angeles County; Zambia's provinces in Sri Lanka. A state's point is
 * replaced only when it is outside its country twice over: no city of the country (or, for a territory
 * listed as a state, of the territory) within `NEAR_KM`, and farther from the country's point than any of
 * the country's cities (so Navassa Island, a US island by Haiti, keeps its point). It then moves to the
 * mean point of the state's own cities where GeoNames' admin1 codes say which those are, else to its
 * country's point (right country, rough place) with a capped confidence.
 */
export interface CheckedPoint {
  lat: number;
  lon: number;
  /** How the point was replaced, for the entry's `source`; absent when it was kept. */
  replaced?: string;
  /** Cap on the resolver's confidence when only the country's point stands in. */
  maxConfidence?: number;
}

const NEAR_KM = 300;
/** A country's point stands in for a state's: the country is right, the place only roughly. */
const COUNTRY_POINT_CONFIDENCE = 0.5;

export type StatePointCheck = (
  country: string,
  stateCode: string,
  stateName: string,
  lat: number,
  lon: number,
) => CheckedPoint;

/** "La Réunion" and "Réunion"; "Saba" and "Bonaire, Sint Eustatius and Saba": the state names the territory. */
function sameName(country: string, state: string): boolean {
  const words = (s: string): string =>
    ` ${foldName(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const [a, b] = [words(country), words(state).replace(/^ (?:la|le|les|the) /, ' ')];
  return a.includes(b) || b.includes(a);
}

export function statePointCheck(
  cities: readonly RawCity[],
  admin1: Admin1Names,
  countryPoint: (iso2: string) => { lat: number; lon: number } | undefined,
  countryNames: (iso2: string) => string | readonly string[] | undefined = () => undefined,
): StatePointCheck {
  const grid = new CityGrid(cities);
  /** How far each country's cities reach from its point: beyond that a point is outside the country. */
  const reach = new Map<string, number>();
  for (const c of cities) {
    const centre = countryPoint(c.country);
    if (!centre) continue;
    const d = distanceKm(centre.lat, centre.lon, c.loc.coordinates[1], c.loc.coordinates[0]);
    if (d > (reach.get(c.country) ?? 0)) reach.set(c.country, d);
  }
  const stateCities = new Map<string, { n: number; lat: number; lon: number }>();
  for (const c of cities) {
    const code = admin1.stateCodeOf(c.country, c.adminCode);
    if (code === undefined) continue;
    const key = `${c.country}.${code}`;
    const g = stateCities.get(key) ?? { n: 0, lat: 0, lon: 0 };
    g.n++;
    g.lat += c.loc.coordinates[1];
    g.lon += c.loc.coordinates[0];
    stateCities.set(key, g);
  }
  /** A territory listed as a state is its own country in GeoNames (US "PR" is Puerto Rico, PR; FR Martinique, MQ). */
  const isTerritoryOf = (near: ReadonlySet<string>, stateCode: string, stateName: string): boolean =>
    near.has(stateCode) ||
    [...near].some((c) => [countryNames(c) ?? []].flat().some((n) => sameName(n, stateName)));
  return (country, stateCode, stateName, lat, lon) => {
    // Most states have a city of their own country near: the scan stops at the first one.
    const near = grid.countriesNear(lat, lon, NEAR_KM, country);
    if (near.size === 0 || near.has(country) || isTerritoryOf(near, stateCode, stateName))
      return { lat, lon };
    const centre = countryPoint(country);
    const extent = reach.get(country);
    if (!centre || extent === undefined || distanceKm(centre.lat, centre.lon, lat, lon) <= extent + NEAR_KM)
      return { lat, lon };
    const own = stateCities.get(`${country}.${stateCode}`);
    if (own) return { lat: own.lat / own.n, lon: own.lon / own.n, replaced: 'mean of its GeoNames cities' };
    return {
      lat: centre.lat,
      lon: centre.lon,
      replaced: "its country's",
      maxConfidence: COUNTRY_POINT_CONFIDENCE,
    };
  };
}

/** Cities in one-degree cells, for "which countries have a city near here". */
class CityGrid {
  private readonly cells = new Map<string, { lat: number; lon: number; country: string }[]>();

  constructor(cities: readonly RawCity[]) {
    for (const c of cities) {
      const [lon, lat] = c.loc.coordinates;
      const key = cellKey(Math.floor(lat), Math.floor(lon));
      const cell = this.cells.get(key);
      const city = { lat, lon, country: c.country };
      if (cell) cell.push(city);
      else this.cells.set(key, [city]);
    }
  }

  /**
   * The countries with a city within `km`; only `{stopAt}` once a city of that country is found. Cells are
   * read in rings outwards from the point's own, so that the usual answer comes from the first cell.
   */
  countriesNear(lat: number, lon: number, km: number, stopAt?: string): Set<string> {
    const out = new Set<string>();
    const dLat = Math.ceil(km / 111);
    const dLon = Math.min(180, Math.ceil(km / (111 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)))));
    for (let ring = 0; ring <= Math.max(dLat, dLon); ring++)
      for (let i = -Math.min(ring, dLat); i <= Math.min(ring, dLat); i++)
        for (let j = -Math.min(ring, dLon); j <= Math.min(ring, dLon); j++) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue; // an inner ring's cell, read already
          const cellLon = ((((Math.floor(lon) + j + 180) % 360) + 360) % 360) - 180;
          for (const c of this.cells.get(cellKey(Math.floor(lat) + i, cellLon)) ?? []) {
            if (out.has(c.country) || distanceKm(lat, lon, c.lat, c.lon) > km) continue;
            if (c.country === stopAt) return new Set([c.country]);
            out.add(c.country);
          }
        }
    return out;
  }
}

const cellKey = (lat: number, lon: number): string => `${lat}:${lon}`;
