import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import type { GazetteerEntry } from '../types.js';
import type { RawCity, RawCountry, RawCountryNames } from './packages.js';

/**
 * Countries from country-state-city (name, representative point, zones) with every English name
 * i18n-iso-countries knows ("United States of America", "USA", "U.S.", "Ivory Coast", …) as alternatives.
 * A country's time zone: its only zone, else its capital's (news dates events in the capital's time).
 * `data/geo/country-points.tsv` replaces the point (and gives the GeoNames id) where GeoNames differs.
 */
export function countryEntries(
  countries: readonly RawCountry[],
  names: RawCountryNames,
  capitals: ReadonlyMap<string, RawCity>,
): GazetteerEntry[] {
  const points = new Map(readTsv(dataFile('geo', 'country-points.tsv')).map((r) => [r['country']!, r]));
  return countries.map((c) => {
    const point = points.get(c.isoCode);
    const i18n = names.countries[c.isoCode];
    const altNames = (Array.isArray(i18n) ? i18n : i18n ? [i18n] : []).filter((n) => n !== c.name);
    const entry: GazetteerEntry = {
      name: c.name,
      lat: Number(point?.['lat'] ?? c.latitude),
      lon: Number(point?.['lon'] ?? c.longitude),
      country: c.isoCode,
      featureClass: 'A.PCLI',
      population: 0,
      source: point ? `country-state-city; point: ${point['source']}` : 'country-state-city',
      altNames,
    };
    if (point?.['geonameId']) entry.geonameId = Number(point['geonameId']);
    const zones = c.timezones ?? [];
    const capital = capitals.get(c.isoCode);
    if (zones.length === 1) entry.timeZone = zones[0]!.zoneName;
    else if (capital) entry.timeZoneAt = { lat: capital.loc.coordinates[1], lon: capital.loc.coordinates[0] };
    return entry;
  });
}
