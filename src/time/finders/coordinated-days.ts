/**
 * The second day of "the summit on April 24 and 25", "March 3 or 4": TimeML annotates the bare "25" as its
 * own date, in the month named before it. Only a day number closing the phrase qualifies ("April 24 and 25
 * people" counts people); the year follows the tense of the sentence, as for "April 25" (resolve-pending).
 */
import { isRealDay } from '../calendar.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';
import { MONTH_NAME, monthNumber } from './month-names.js';

export function coordinatedDayFinder(): Finder {
  const re = new RegExp(
    `(?<![\\w-])(?<month>${MONTH_NAME})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or)\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\w%/-]|[.,:]\\d|\\s*,?\\s*\\d{4}|\\s+(?!(?:in|at|on|to|when|with|for|and|as)\\b)[a-z])`,
    'g',
  );
  return patternFinder('month-day:coordinated', re, (m) => {
    const g = m.groups ?? {};
    const month = monthNumber(g.month ?? '');
    const day = Number(g.day);
    if (month === 0 || !isRealDay(2000, month, day)) return undefined;
    const from = m[0].length - m[0].slice(m[0].lastIndexOf(g.day ?? '')).length;
    return {
      type: 'DATE',
      value: '',
      anchored: false,
      granularity: 'day',
      pending: { kind: 'monthDay', month, day },
      from,
    };
  });
}
