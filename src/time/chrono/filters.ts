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
        const inText = r.text
          .toLowerCase()
          .slice(0, r.text.length - word.length)
          .trim();
        const cue = (inText || before.trim().split(/\s+/).pop()) ?? '';
        if (tables.monthCues.has(cue)) return true;
        return MONTHS.test(word) && !tables.ambiguousMonths.has(word.toLowerCase());
      });
    },
  };
}

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
    results.filter((r) => {
      if (
        !r.start.isCertain('hour') ||
        r.tags().has('casualReference/noon') ||
        /noon|midnight|midday/i.test(r.text)
      ) {
        return true;
      }
      const before = context.text.slice(Math.max(0, r.index - 2), r.index);
      if (/[$£€¥]\s*$|\d[.,]?$/.test(before)) return false;
      return /\d:\d\d|\d\s*(?:[ap]\.?m\b\.?)/i.test(r.text) || /\bo'clock\b/i.test(r.text);
    }),
};

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
 * "within 24 hours", "in two weeks", "90 days after the vote": TimeML annotates the duration, which our
 * duration finder reads; chrono's reading as a date from the reference is dropped.
 */
export const relativeDurationFilter: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        !(
          r.tags().has('result/relativeDate') &&
          (/^(?:in|within)\s/i.test(r.text) || /\s(?:after|before)\W*$/i.test(r.text))
        ),
    ),
};
