/**
 * "the week of March 6": the ISO week holding the day (2000-W10), as TimeML values it. Runs once the day
 * is settled (after resolve-pending), so a day stated without its year still finds its week.
 */
import { weekValue } from '../calendar.js';
import type { Refiner } from '../types.js';

const WEEK_OF_BEFORE = /(?:^|[^\w-])((?:the\s+)?week\s+of\s+)$/i;

export const resolveWeekOf: Refiner = {
  name: 'week-of',
  refine(candidates, env) {
    const text = env.doc.text;
    let previousEnd = 0;
    return candidates.map((c) => {
      const lead =
        c.day && c.type === 'DATE' && c.anchored && !c.nested
          ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start))?.[1]
          : undefined;
      const start = lead ? c.start - lead.length : c.start;
      const out =
        lead && c.day && start >= previousEnd
          ? { ...c, start, value: weekValue(c.day), granularity: 'week' as const }
          : c;
      previousEnd = Math.max(previousEnd, c.end);
      return out;
    });
  },
};
