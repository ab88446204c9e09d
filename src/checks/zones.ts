import { cscCountry } from '../util/country-state-city.js';
import { DateTime } from 'luxon';

/**
 * UTC offset in minutes of an IANA zone at local noon of an ISO date (DST-aware, via luxon).
 * Undefined for an unknown zone or date. (The time stage's `utcOffsetMinutes` does the same; this
 * stage keeps its own so it does not depend on another stage's internals.)
 */
export function zoneOffsetMinutes(zone: string, isoDate: string): number | undefined {
  const dt = DateTime.fromISO(`${isoDate.slice(0, 10)}T12:00`, { zone });
  return dt.isValid ? dt.offset : undefined;
}

/** The IANA zones of a country (ISO 3166-1 alpha-2), from country-state-city. */
export function countryZones(countryCode: string): string[] {
  return (cscCountry().getCountryByCode(countryCode.toUpperCase())?.timezones ?? []).map((z) => z.zoneName);
}

/** "−08:00" style offset for messages. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes since midnight as "19:30". */
export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes since midnight as "11:30 am". */
export function clock12(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  const suffix = h < 12 ? 'am' : 'pm';
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m % 60).padStart(2, '0')} ${suffix}`;
}
