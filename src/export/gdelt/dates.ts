import type { Doc, Timex } from '../../doc/types.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day the event happened, as GDELT dates it: its own anchored date, else the publication day. */
export function eventDay(doc: Doc, time: Timex | undefined, storedAt: string): string {
  const own = time?.anchored ? ISO_DAY.exec(time.value) : null;
  const published = ISO_DAY.exec(doc.meta.published ?? '');
  // Last resort: the day it was stored, as GDELT dates undated reports by when it saw them.
  const day = own ?? published ?? ISO_DAY.exec(storedAt);
  return day ? `${day[1]}${day[2]}${day[3]}` : '';
}

/** YYYY.FFFF: the year plus the fraction of it passed by that day (codebook: "FractionDate"). */
export function fractionDate(sqlDate: string): string {
  if (sqlDate.length !== 8) return '';
  const year = Number(sqlDate.slice(0, 4));
  const dayStart = Date.UTC(year, Number(sqlDate.slice(4, 6)) - 1, Number(sqlDate.slice(6, 8)));
  const dayOfYear = (dayStart - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return (year + dayOfYear / 365).toFixed(4);
}

/** YYYYMMDDHHMMSS in UTC (DATEADDED). */
export function compactUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
