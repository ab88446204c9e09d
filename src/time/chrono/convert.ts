/**
 * Turns a chrono result into a candidate: what the text stated (chrono's certain components) becomes the
 * value; what chrono only implied from its reference is either recomputed by our refiners (weekday, month-day:
 * `pending`) or, for deictic expressions ("yesterday", "two weeks ago"), taken from chrono when anchored and
 * replaced by X placeholders when not.
 */
import type { ParsedResult } from 'chrono-node';
import { dayValue, monthValue, weekValue } from '../calendar.js';
import type { Tables } from '../tables.js';
import type { CalendarDay, Candidate, Granularity } from '../types.js';

const DEICTIC =
  /\b(?:this|last|next|past|coming|previous|ago|today|tonight|yesterday|tomorrow|later|earlier|from now)\b/i;
/** A month name with a day number: "night of Friday, Oct. 23" states its date, whatever chrono tagged. */
const STATED_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const VAGUE_COUNT = /\b(?:few|several|some|many|couple)\b/i;
const VAGUE_SPAN_SHIFT = /\b(?:later|earlier|before|after)\W*$/i;
const UNIT_WORD = /\b(year|month|week|day|hour|minute)s?\b/i;

/**
 * Trims trailing punctuation chrono takes in ("Last Friday," → "Last Friday"), keeping "p.m." and "Aug.".
 * chrono's weekday pattern also takes a closing bracket ("(4 a.m. EDT Thursday)"): dropped unless the
 * text opened it.
 */
export function trimmedLength(text: string): number {
  let end = text.length;
  while (
    end > 0 &&
    (/[\s,;:!?]/.test(text[end - 1]!) || (/[)）]/.test(text[end - 1]!) && !/[(（]/.test(text)))
  )
    end--;
  if (text[end - 1] === '.' && /(?:\b[A-Za-z]{4,}|\d)\.$/.test(text.slice(0, end))) end--;
  return end;
}

function isRelative(r: ParsedResult): boolean {
  for (const tag of r.tags())
    if (tag.startsWith('result/relative') || tag.startsWith('casualReference')) return true;
  return DEICTIC.test(r.text) || r.tags().has('parser/ENCasualDateParser');
}

/** Value of a deictic date at the granularity its unit word names ("two weeks ago" → a week). */
function deicticValue(
  day: CalendarDay,
  unit: string | undefined,
): { value: string; granularity: Granularity } {
  if (unit === 'year') return { value: String(day.year).padStart(4, '0'), granularity: 'year' };
  if (unit === 'month') return { value: monthValue(day.year, day.month), granularity: 'month' };
  if (unit === 'week') return { value: weekValue(day), granularity: 'week' };
  return { value: dayValue(day), granularity: 'day' };
}

const UNANCHORED: Record<Granularity, string> = {
  year: 'XXXX',
  month: 'XXXX-XX',
  week: 'XXXX-WXX',
  day: 'XXXX-XX-XX',
  hour: 'XXXX-XX-XX',
  minute: 'XXXX-XX-XX',
  second: 'XXXX-XX-XX',
};

export function fromChrono(
  r: ParsedResult,
  offset: number,
  sentence: number,
  anchored: boolean,
  tables: Tables,
): Candidate | undefined {
  const s = r.start;
  const end = trimmedLength(r.text);
  if (end === 0) return undefined;
  const base = { start: offset + r.index, end: offset + r.index + end, sentence, priority: 0 };
  const certain = (c: Parameters<typeof s.isCertain>[0]): boolean => s.isCertain(c);
  const hasClock = certain('hour');
  const clock = hasClock ? { hour: s.get('hour') ?? 0, minute: s.get('minute') ?? 0 } : undefined;
  const second = certain('second') ? s.get('second') : null;
  if (clock && second !== null) Object.assign(clock, { second });
  const partWord = /\b(morning|afternoon|evening|night|tonight|overnight)\b/i
    .exec(r.text)?.[1]
    ?.toLowerCase();
  const partOfDay = !hasClock && partWord ? tables.partsOfDay.get(partWord) : undefined;
  const type = clock || partOfDay ? 'TIME' : 'DATE';
  const extra = {
    ...(clock ? { clock } : {}),
    ...(partOfDay ? { partOfDay } : {}),
    ...(certain('timezoneOffset') ? { statedOffset: s.get('timezoneOffset') ?? 0 } : {}),
  };
  const gran: Granularity = clock ? 'minute' : 'day';
  /** A day or time whose date the refiners settle later (from the anchor and the sentence's tense). */
  const awaiting = (rule: string, pending: Candidate['pending']): Candidate => ({
    ...base,
    ...extra,
    type,
    value: '',
    anchored: false,
    granularity: gran,
    rule,
    ...(pending ? { pending } : {}),
  });

  if (
    isRelative(r) &&
    !STATED_DATE.test(r.text) &&
    !(certain('weekday') && !certain('day') && !/\b(?:last|next|this|past|coming)\b/i.test(r.text))
  ) {
    // "several years ago", "a few days ago": an unstated count, so only the direction is known. "A few days
    // later", "several months before": TimeML annotates the span alone, a duration (PXD) our finders read.
    if (VAGUE_COUNT.test(r.text) && !clock) {
      if (VAGUE_SPAN_SHIFT.test(r.text)) return undefined;
      const value = /\bago\b/i.test(r.text) ? 'PAST_REF' : 'FUTURE_REF';
      return { ...base, type: 'DATE', value, anchored: true, rule: 'chrono:deictic-vague' };
    }
    const day = { year: s.get('year') ?? 0, month: s.get('month') ?? 1, day: s.get('day') ?? 1 };
    const unit = clock || partOfDay ? 'day' : UNIT_WORD.exec(r.text)?.[1]?.toLowerCase();
    const { value, granularity } = deicticValue(day, unit === 'hour' || unit === 'minute' ? 'day' : unit);
    const g = clock ? gran : granularity;
    if (!anchored) {
      // "last Friday" without an anchor still names a weekday.
      const value =
        certain('weekday') && !certain('day') ? `XXXX-WXX-${s.get('weekday') || 7}` : UNANCHORED[g];
      return { ...base, ...extra, type, value, anchored: false, granularity: g, rule: 'chrono:deictic' };
    }
    return {
      ...base,
      ...extra,
      type,
      value,
      anchored: true,
      granularity: g,
      rule: 'chrono:deictic',
      ...(g === 'day' || clock ? { day } : {}),
    };
  }
  if (certain('day') && certain('month') && certain('year')) {
    const day = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! };
    return {
      ...base,
      ...extra,
      type,
      value: dayValue(day),
      anchored: true,
      granularity: gran,
      rule: 'chrono:date',
      day,
    };
  }
  if (certain('day') && certain('month')) {
    return awaiting('chrono:month-day', { kind: 'monthDay', month: s.get('month')!, day: s.get('day')! });
  }
  if (certain('month') && certain('year')) {
    const value = monthValue(s.get('year')!, s.get('month')!);
    return { ...base, type: 'DATE', value, anchored: true, granularity: 'month', rule: 'chrono:month-year' };
  }
  if (certain('month')) {
    const pending = { kind: 'month' as const, month: s.get('month')! };
    return {
      ...base,
      type: 'DATE',
      value: '',
      anchored: false,
      granularity: 'month',
      rule: 'chrono:month',
      pending,
    };
  }
  if (certain('weekday')) {
    // chrono's weekday 0 is Sunday; TimeML and luxon use ISO 1..7.
    return awaiting('chrono:weekday', { kind: 'weekday', weekday: s.get('weekday') || 7 });
  }
  if (clock) {
    return awaiting('chrono:clock', { kind: 'anchorDay' });
  }
  return undefined;
}
