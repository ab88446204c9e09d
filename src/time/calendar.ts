/**
 * Calendar arithmetic on zone-less days (luxon in UTC, so no DST or host-zone surprises) and TimeML value
 * formatting for days, weeks, months and clock times.
 */
import { DateTime } from 'luxon';
import type { CalendarDay, Clock, Tense } from './types.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function toDateTime(d: CalendarDay): DateTime {
  return DateTime.utc(d.year, d.month, d.day);
}

export function fromDateTime(dt: DateTime): CalendarDay {
  return { year: dt.year, month: dt.month, day: dt.day };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDateTime(toDateTime(d).plus({ days }));
}

export function shiftDay(
  d: CalendarDay,
  amount: number,
  unit: 'day' | 'week' | 'month' | 'year',
): CalendarDay {
  return fromDateTime(toDateTime(d).plus({ [`${unit}s`]: amount }));
}

/** `2025-08-15` */
export function dayValue(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2025-W33` (ISO week, with its ISO week-year). */
export function weekValue(d: CalendarDay): string {
  const dt = toDateTime(d);
  return `${pad(dt.weekYear, 4)}-W${pad(dt.weekNumber)}`;
}

export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `T11:30`, or `T11:30:15` when seconds were stated. */
export function clockValue(c: Clock): string {
  return `T${pad(c.hour)}:${pad(c.minute)}${c.second !== undefined ? `:${pad(c.second)}` : ''}`;
}

/** `Z`, `-08:00`, `+05:30` */
export function offsetValue(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function isoWeekday(d: CalendarDay): number {
  return toDateTime(d).weekday;
}

/**
 * The day with ISO weekday `weekday` for a bare weekday name: future → on or after the anchor; past → on or
 * before it; no tense cue → the day after the anchor when it is that weekday ("Friday" in a Thursday story),
 * else on or before. News reports what happened: of the bare weekdays in TimeBank and AQUAINT, 90% are the
 * publication day or one of the six days before it, and of the later ones most are the next day.
 */
export function resolveWeekday(anchor: CalendarDay, weekday: number, tense: Tense | undefined): CalendarDay {
  const ahead = (weekday - isoWeekday(anchor) + 7) % 7;
  const back = (7 - ahead) % 7;
  if (tense === 'future' || (tense === undefined && ahead === 1)) return addDays(anchor, ahead);
  return addDays(anchor, -back);
}

/**
 * The year for a month(-day) without one. Nearest occurrence to the anchor, the tense tipping the balance:
 * in a past-tense sentence the past occurrence wins unless the next one is over three times closer ("said
 * on April 25" the day before is still this year's), and the other way round in a future-tense one.
 */
export function resolveYear(
  anchor: CalendarDay,
  month: number,
  day: number | undefined,
  tense: Tense | undefined,
) {
  const key = (y: number): number => toDateTime({ year: y, month, day: day ?? 1 }).toMillis();
  const anchorKey = toDateTime(day === undefined ? { ...anchor, day: 1 } : anchor).toMillis();
  const past = key(anchor.year) <= anchorKey ? anchor.year : anchor.year - 1;
  const future = key(anchor.year) >= anchorKey ? anchor.year : anchor.year + 1;
  const back = anchorKey - key(past);
  const ahead = key(future) - anchorKey;
  if (tense === 'past') return back <= 3 * ahead ? past : future;
  if (tense === 'future') return ahead <= 3 * back ? future : past;
  return back <= ahead ? past : future;
}

/** True when the month has that day (rejects "February 30"). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return DateTime.utc(year, month, day).isValid;
}

export type DateGranularity = 'year' | 'month' | 'week' | 'day';

/** The value of `d` at a granularity: `2025`, `2025-08`, `2025-W33`, `2025-08-15`. */
export function valueAt(d: CalendarDay, granularity: DateGranularity): string {
  if (granularity === 'year') return pad(d.year, 4);
  if (granularity === 'month') return monthValue(d.year, d.month);
  if (granularity === 'week') return weekValue(d);
  return dayValue(d);
}

/** The X-placeholder value of an unanchored expression at a granularity. */
export const UNANCHORED_VALUE: Record<DateGranularity, string> = {
  year: 'XXXX',
  month: 'XXXX-XX',
  week: 'XXXX-WXX',
  day: 'XXXX-XX-XX',
};
