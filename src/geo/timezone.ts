import { find } from 'geo-tz/all';
import type { Context } from '../context.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

/** geo-tz's answer for open sea: nautical zones, which no one dates news in. */
const NAUTICAL = /^Etc\//;

/**
 * The IANA zone of a place: a fixed zone if the entry has one, else geo-tz at its point (a country's capital
 * for countries). At sea, the zone of the entry's country, or none. Answers are cached per entry because
 * geo-tz reads its boundary data lazily (≈1 ms the first time a region is touched).
 */
export function timeZoneOf(entry: GazetteerEntry, gazetteer: Gazetteer, ctx: Context): string | undefined {
  const cache = ctx.cache.get('geo.timeZones', () => new Map<GazetteerEntry, string | undefined>());
  if (cache.has(entry)) return cache.get(entry);
  const zone = computeZone(entry, gazetteer, ctx);
  cache.set(entry, zone);
  return zone;
}

function computeZone(entry: GazetteerEntry, gazetteer: Gazetteer, ctx: Context): string | undefined {
  if (entry.timeZone) return entry.timeZone;
  const at = entry.timeZoneAt ?? entry;
  const zone = zoneAt(at.lat, at.lon);
  if (zone && !NAUTICAL.test(zone)) return zone;
  const country = entry.country ? gazetteer.country(entry.country) : undefined;
  return country && country !== entry ? timeZoneOf(country, gazetteer, ctx) : undefined;
}

function zoneAt(lat: number, lon: number): string | undefined {
  try {
    return find(lat, lon)[0];
  } catch {
    return undefined; // geo-tz rejects out-of-range points; a bad row should not stop the stage
  }
}
