/**
 * "(over) the weekend" → the weekend of an ISO week (`1989-W43-WE`): the one just past, as news reports it
 * on a Monday ("said over the weekend"), or the coming one after "ahead of", "before", "until", "by".
 * "this/last/next weekend" are relative-units.ts's.
 */
import { addDays, isoWeekday, weekValue } from '../calendar.js';
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup } from './common.js';

const COMING = /^(?:before|until|till|by)$/i;

export function weekendFinder(tables: Tables): Finder {
  const re = new RegExp(
    `(?<![\\w-])(?<ahead>ahead\\s+of\\s+)?${prepositionGroup(tables)}the\\s+weekend(?![\\w-])`,
    'gi',
  );
  return patternFinder('weekend', re, (m, env) => {
    const g = m.groups ?? {};
    const from = g.ahead ? g.ahead.length : 0;
    const anchor = env.anchor;
    if (!anchor) return { type: 'DATE', value: 'XXXX-WXX-WE', anchored: false, granularity: 'week', from };
    const weekday = isoWeekday(anchor);
    const coming = Boolean(g.ahead) || COMING.test(g.prep ?? '');
    // Saturday and Sunday are inside the weekend; on a weekday the past one is in the week before.
    const day = weekday >= 6 || coming ? anchor : addDays(anchor, -7);
    return { type: 'DATE', value: `${weekValue(day)}-WE`, anchored: true, granularity: 'week', from };
  });
}
