/**
 * "the end of November", "the beginning of October", "the end of the year": TimeML gives the period itself
 * (1989-11, 1989; the part would go in a MOD attribute), where chrono reads "end of November" as its last
 * day. The month takes the tense of its sentence like any bare month; "the year"/"the month" is the current one.
 */
import { valueAt } from '../calendar.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';

export function partOfPeriodFinder(): Finder {
  const re = new RegExp(
    `(?<![\\w-])(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:(?<month>${NAME})(?!\\s*\\d)|(?:the|this)\\s+(?<unit>year|month))(?![\\w-])`,
    'gi',
  );
  return patternFinder('part-of-period', re, (m, env) => {
    const g = m.groups ?? {};
    if (g.month) {
      if (!/^[A-Z]/.test(g.month)) return undefined;
      const month = MONTHS.indexOf(g.month.slice(0, 3).toLowerCase()) + 1;
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
