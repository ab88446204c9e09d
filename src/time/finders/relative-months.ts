/**
 * Month names placed relative to the publication date: "last April" → the most recent April before the
 * publication month, "next January" → the first one after it, "this September" → the publication year's,
 * "June last year" → 2024-06. chrono reads only the month name in these and guesses the year by nearness.
 */
import { monthValue } from '../calendar.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';
import { MONTH_NAME, monthNumber } from './month-names.js';

const YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

export function relativeMonthFinder(): Finder {
  // The month name must be capitalised ("last may" is not a month); the cue words may be either case.
  const re = new RegExp(
    `(?<![\\w-])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+(?<month>${MONTH_NAME})(?!\\s*\\d)|(?<month2>${MONTH_NAME})\\s+(?<rel2>this|last|next)\\s+year)(?![\\w-])`,
    'g',
  );
  return patternFinder('relative-month', re, (m, env) => {
    const g = m.groups ?? {};
    const month = monthNumber(g.month ?? g.month2 ?? '');
    if (month === 0) return undefined;
    const anchor = env.anchor;
    if (!anchor) {
      return {
        type: 'DATE',
        value: `XXXX-${String(month).padStart(2, '0')}`,
        anchored: false,
        granularity: 'month',
      };
    }
    let year = anchor.year;
    if (g.rel2) year += YEAR_SHIFT[g.rel2] ?? 0;
    else {
      const rel = (g.rel ?? '').toLowerCase();
      if ((rel === 'last' || rel === 'past') && month >= anchor.month) year -= 1;
      if ((rel === 'next' || rel === 'coming') && month <= anchor.month) year += 1;
    }
    return { type: 'DATE', value: monthValue(year, month), anchored: true, granularity: 'month' };
  });
}
