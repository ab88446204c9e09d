/**
 * "Two days later", "the next day": shifted from the nearest full date stated before it in the text (the
 * story's own time line), else from the publication date (rule says `:dct`), else left as X placeholders.
 */
import { shiftDay, UNANCHORED_VALUE, valueAt, type DateGranularity } from '../calendar.js';
import type { CalendarDay, Candidate, DocEnv, Refiner } from '../types.js';

export const resolveShifts: Refiner = {
  name: 'resolve-shifts',
  refine(candidates: Candidate[], env: DocEnv) {
    let lastDay: CalendarDay | undefined;
    return candidates.map((c) => {
      const p = c.pending;
      if (p?.kind !== 'shift') {
        if (c.day && c.anchored && !c.nested) lastDay = c.day;
        return c;
      }
      const granularity = (c.granularity ?? 'day') as DateGranularity;
      const base = lastDay ?? env.anchor;
      if (!base) return { ...c, value: UNANCHORED_VALUE[granularity], pending: undefined };
      const day = shiftDay(base, p.amount, p.unit);
      const resolved = { ...c, value: valueAt(day, granularity), anchored: true, pending: undefined };
      const out = {
        ...resolved,
        rule: lastDay ? `${c.rule}:text` : `${c.rule}:dct`,
        ...(granularity === 'day' ? { day } : {}),
      };
      if (granularity === 'day') lastDay = day;
      return out;
    });
  },
};
