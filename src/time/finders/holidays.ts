/**
 * Named days of the year (data/time/holidays.tsv): "Thanksgiving Day" → 1999-11-25, "last Thanksgiving",
 * "Election Day". The year: "last" → the latest one before the anchor, "next" → the first after it, bare →
 * the nearer one, the past one unless the next is over three times closer (news looks back). A name after a
 * possessive or a nationality is another country's ("Ukraine's Independence Day", "Canadian Thanksgiving"). A
 * name before a word of data/time/holiday-objects.tsv names a kind of thing, not a day ("Christmas trees").
 */
import { addDays, dayValue, isoWeekday, toDateTime } from '../calendar.js';
import type { HolidayRow, Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { CalendarDay, Finder } from '../types.js';
import { patternFinder } from './common.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The holiday's day in `year`. */
export function holidayDay(h: HolidayRow, year: number): CalendarDay {
  if (h.day) return { year, month: h.month, day: h.day };
  const first = { year, month: h.month, day: 1 };
  let day: CalendarDay;
  if (h.nth > 0) {
    day = addDays(first, ((h.weekday - isoWeekday(first) + 7) % 7) + 7 * (h.nth - 1));
  } else {
    const last = { year, month: h.month, day: toDateTime(first).daysInMonth ?? 28 };
    day = addDays(last, -((isoWeekday(last) - h.weekday + 7) % 7));
  }
  return addDays(day, h.shift);
}

const key = (d: CalendarDay): number => toDateTime(d).toMillis();

/** "last" → the past one, "next"/"this" → the coming one, bare → the past one unless the next is 3× nearer. */
function choose(rel: string, past: CalendarDay, next: CalendarDay, anchorKey: number): CalendarDay {
  if (rel === 'last') return past;
  if (rel === 'next' || rel === 'this') return next;
  return key(next) - anchorKey < (anchorKey - key(past)) / 3 ? next : past;
}

export function holidayFinder(tables: Tables): Finder {
  const byName = new Map(tables.holidays.map((h) => [h.name, h]));
  const re = new RegExp(
    `(?<![\\w'’-])(?<!['’]s\\s+|\\p{Lu}\\p{Ll}*(?:an|ese|ish|ch)\\s+)(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<name>${alternation(byName.keys())})(?![\\w-])`,
    'gu',
  );
  const nextWord = /^[ \t]+(\p{Ll}+)/u;
  return patternFinder('holiday', re, (m, env, sentence) => {
    const after = nextWord.exec(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (after && tables.holidayObjects.has(after[1]!)) return undefined;
    const g = m.groups ?? {};
    const h = byName.get((g.name ?? '').replace(/\s+/g, ' '));
    if (!h) return undefined;
    const anchor = env.anchor;
    if (!anchor) {
      const value = h.day ? `XXXX-${pad(h.month)}-${pad(h.day)}` : 'XXXX-XX-XX';
      return { type: 'DATE', value, anchored: false, granularity: 'day' };
    }
    const a = key(anchor);
    const days = [-1, 0, 1].map((d) => holidayDay(h, anchor.year + d));
    const past = days.filter((d) => key(d) <= a).pop()!;
    const next = days.find((d) => key(d) > a)!;
    const pick = choose((g.rel ?? '').toLowerCase(), past, next, a);
    return { type: 'DATE', value: dayValue(pick), anchored: true, granularity: 'day', day: pick };
  });
}
