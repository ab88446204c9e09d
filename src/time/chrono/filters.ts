/**
 * Chrono refiners of ours (chrono's `Refiner` interface), run after chrono's own: they drop results that in
 * news text are usually not dates. Each is one concern; the order does not matter among them.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { Tables } from '../tables.js';
import { escapeRegExp } from '../tables.js';

const FULL_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;
const LEADING_WORD = /^(?:on|at|in|by|from|until|till|since|this|last|next|past|coming)\s+/i;

/** The result's text without a leading preposition or modifier, and trailing punctuation. */
function core(text: string): string {
  return text.replace(LEADING_WORD, '').replace(/[\s,.;:]+$/, '');
}

const onlyWeekday = (r: ParsingResult): boolean =>
  r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('hour');

/** "sat down", "The Sun", "we wed": a weekday given only as an abbreviation is not taken. */
export const abbreviatedWeekdayFilter: Refiner = {
  refine: (_context, results) => results.filter((r) => !onlyWeekday(r) || FULL_WEEKDAY.test(r.text)),
};

/** "the Good Friday Agreement", "Black Friday": a weekday inside a named day (data/time/named-days.tsv). */
export function namedDayFilter(tables: Tables): Refiner {
  const re = new RegExp(`\\b(?:${tables.namedDays.map(escapeRegExp).join('|')})\\b`, 'gi');
  return {
    refine(context: ParsingContext, results: ParsingResult[]) {
      const names: [number, number][] = [];
      for (const m of context.text.matchAll(re)) names.push([m.index, m.index + m[0].length]);
      if (names.length === 0) return results;
      return results.filter((r) => !names.some(([s, e]) => r.index < e && s < r.index + r.text.length));
    },
  };
}

/**
 * A month name alone ("May", "March", "Jan") is a month only when capitalised and either unambiguous and
 * spelled out, or right after a month cue ("in May", "since March"): May the modal and March the verb are not.
 */
const ATTRIBUTIVE_MONTH_NEXT =
  /^\s+(?!(?:of|for|to|on|in|at|by|and|or|the|a|an|is|was|will|would|has|had)\b)[a-z]{3,}\b/;

export function bareMonthFilter(tables: Tables): Refiner {
  const MONTHS =
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
  return {
    refine(context, results) {
      return results.filter((r) => {
        const s = r.start;
        if (!s.isCertain('month') || s.isCertain('day') || s.isCertain('year') || s.isCertain('weekday'))
          return true;
        const word = core(r.text);
        if (!/^[A-Z]/.test(word)) return false;
        const before = context.text.slice(Math.max(0, r.index - 12), r.index).toLowerCase();
        // What precedes the month inside the result ("in March," → "in"); a trailing comma is not part of it.
        const inText = r.text.slice(0, r.text.lastIndexOf(word)).toLowerCase().trim();
        const cue = (inText || before.trim().split(/\s+/).pop()) ?? '';
        if (tables.monthCues.has(cue)) return true;
        // "the March accession", "the May elections": a month modifying a common noun after "the";
        // not "the March for Life" (a name, with a preposition after it).
        const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 24);
        if (cue === 'the' && ATTRIBUTIVE_MONTH_NEXT.test(after)) return true;
        return MONTHS.test(word) && !tables.ambiguousMonths.has(word.toLowerCase());
      });
    },
  };
}

/**
 * "VOA Today", "USA Today", ABC's "This Week": a capitalised Today or Tonight inside a sentence, or a
 * capitalised unit word, is a name (prose writes "This week" even first in a sentence).
 */
export const namedTodayFilter: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      if (
        /\b(?:this|last|next)\s+(?:Week|Month|Year)\b/i.test(r.text) &&
        /\s(?:Week|Month|Year)\b/.test(r.text)
      )
        return false;
      if (!/^(?:Today|Tonight)\b/.test(r.text)) return true;
      const before = context.text.slice(0, r.index).trimEnd();
      return before === '' || /[.!?:;"“'‘`(\-–—]$/.test(before);
    }),
};

/** "24/7", "9/11": a slash date without a year is a ratio or a name far more often than a date. */
export const yearlessSlashDateFilter: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => !(r.tags().has('parser/SlashDateFormatParser') && !r.start.isCertain('year'))),
};

/**
 * "$2.50 a share", "from 4 pence", "at 2.46 billion": chrono reads a clock time in any number followed by
 * "a" or after "at". A clock time must have a colon or an am/pm marker, and no currency sign before it.
 */
export const looseClockFilter: Refiner = {
  refine: (context, results) =>
    results.flatMap((r) => {
      if (
        !r.start.isCertain('hour') ||
        r.tags().has('casualReference/noon') ||
        /noon|midnight|midday/i.test(r.text)
      ) {
        return [r];
      }
      const before = context.text.slice(Math.max(0, r.index - 2), r.index);
      const clock =
        !/[$£€¥]\s*$|\d[.,]?$/.test(before) &&
        (/\d:\d\d|\d\s*(?:[ap]\.?m\b\.?)/i.test(r.text) || /\bo'clock\b/i.test(r.text));
      return clock ? [r] : withoutClock(r);
    }),
};

const WEEKDAY_WORD = /\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The loose number chrono took for a clock after a date: "Jan. 1, 1990[ at 1],015 francs". */
const TRAILING_NUMBER = /,?\s+(?:at\s+)?\d[\d.,:]*$/;

/**
 * "or 6.43, on Friday", "after Jan. 1, 1990 at 1,015 francs": the number is no clock, but the weekday or
 * date chrono merged with it is still a date; it is kept without the clock.
 */
function withoutClock(r: ParsingResult): ParsingResult[] {
  const kept = r.clone();
  const weekday =
    r.start.isCertain('weekday') && !r.start.isCertain('day') ? WEEKDAY_WORD.exec(r.text) : null;
  const trailing =
    r.start.isCertain('day') && r.start.isCertain('month') ? TRAILING_NUMBER.exec(r.text) : null;
  if (weekday) {
    kept.index = r.index + weekday.index;
    kept.text = r.text.slice(weekday.index);
  } else if (trailing && trailing.index > 0) {
    kept.text = r.text.slice(0, trailing.index);
  } else {
    return [];
  }
  kept.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
  return [kept];
}

/**
 * "good evening", "the night the flight left", "in half and": results naming no day, number or unit — a part
 * of the day alone is a greeting or a noun far more often than a time.
 */
export const vacuousResultFilter: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|tomorrow|yesterday|now|noon|midday|midnight|week|month|year|day|hour|minute|second|quarter|weekend)/i.test(
          r.text,
        ) || /\b(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b/i.test(r.text),
    ),
};

/**
 * "within 24 hours", "in two weeks", "after several quarters", "90 days after the vote", "over the next couple
 * of years", "in past years": TimeML annotates a duration (or a vague reference) here, which our finders read;
 * chrono's reading as a date from the reference is dropped.
 */
export const relativeDurationFilter: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        !(
          r.tags().has('result/relativeDate') &&
          (/^(?:in|within|after)\s/i.test(r.text) ||
            /\s(?:after|before)\W*$/i.test(r.text) ||
            SPAN_OF_UNITS.test(r.text))
        ),
    ),
};

/** A plural unit after next/past/last/coming with no "ago": a stretch of time, not a date. */
const SPAN_OF_UNITS =
  /^(?:the\s+)?(?:next|past|last|coming)\s+(?:[\w-]+\s+){0,3}?(?:days|weeks|months|years|quarters|decades)\W*$/i;
