/**
 * "the end of November", "the beginning of October", "the end of the year", "the end of 1990": TimeML gives
 * the period itself (1989-11, 1989, 1990; the part would go in a MOD attribute), where chrono reads "end of
 * November" as its last day. The month takes the tense of its sentence like any bare month; "the year"/"the
 * month" is the current one.
 */
import { valueAt } from '../calendar.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';
import { MONTH_NAME, monthNumber } from './month-names.js';

/**
 * "by year-end", "by year's end", "around year end": the current year, as for "the end of the year"; "since
 * year-end" the one before. Not before a noun ("year-end bonuses" names the bonuses, not a time).
 */
export function yearEndFinder(): Finder {
  const re = /(?<![\w-])(?:the\s+)?year(?:-|\s+|['’]s\s+)end(?![\w-])(?!\s+[a-z])/gi;
  return patternFinder('part-of-period:year-end', re, (m, env) => {
    if (!env.anchor) return { type: 'DATE', value: 'XXXX', anchored: false, granularity: 'year' };
    const since = /\bsince\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
    return {
      type: 'DATE',
      value: String(env.anchor.year - (since ? 1 : 0)),
      anchored: true,
      granularity: 'year',
    };
  });
}

export function partOfPeriodFinder(): Finder {
  const re = new RegExp(
    `(?<![\\w-])(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:(?<month>${MONTH_NAME})(?!\\s*\\d)|(?:the|this)\\s+(?<unit>year|month)|(?<year>1[5-9]\\d\\d|20\\d\\d)(?![.,:]\\d))(?![\\w-])`,
    'gi',
  );
  return patternFinder('part-of-period', re, (m, env) => {
    const g = m.groups ?? {};
    if (g.year) return { type: 'DATE', value: g.year, anchored: true, granularity: 'year' };
    if (g.month) {
      if (!/^[A-Z]/.test(g.month)) return undefined;
      const month = monthNumber(g.month);
      return {
        type: 'DATE',
        value: '',
        anchored: false,
        granularity: 'month',
        pending: { kind: 'month', month },
      };
    }
    const unit = (g.unit ?? '').toLowerCase() as 'year' | 'month';
    if (!env.anchor) return { type: 'DATE', value: unit === 'year' ? 'XXXX' : 'XXXX-XX', anchored: false };
    return { type: 'DATE', value: valueAt(env.anchor, unit), anchored: true, granularity: unit };
  });
}
