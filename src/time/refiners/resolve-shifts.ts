/**
 * "Two days later", "the next day": shifted from the nearest full date stated before it in the text (the
 * story's own time line), else from the publication date (rule says `:dct`), else left as X placeholders.
 * A shift by months or years ("the following month") may also count from a month named alone ("In March").
 */
import { shiftDay, UNANCHORED_VALUE, valueAt, type DateGranularity } from '../calendar.js';
import type { CalendarDay, Candidate, DocEnv, Refiner } from '../types.js';

const MONTH = /^(\d{4})-(\d\d)$/;
const YEAR = /^(\d{4})$/;

export const resolveShifts: Refiner = {
  name: 'resolve-shifts',
  refine(candidates: Candidate[], env: DocEnv) {
    let lastDay: CalendarDay | undefined;
    let lastMonth: CalendarDay | undefined;
    let lastYear: CalendarDay | undefined;
    return candidates.flatMap((c) => {
      const p = c.pending;
      if (p?.kind !== 'shift') {
        if (c.day && c.anchored && !c.nested) lastDay = lastMonth = lastYear = c.day;
        const month = c.type === 'DATE' && c.anchored ? MONTH.exec(c.value) : null;
        if (month) lastMonth = lastYear = { year: Number(month[1]), month: Number(month[2]), day: 1 };
        const year = c.type === 'DATE' && c.anchored ? YEAR.exec(c.value) : null;
        if (year) lastYear = { year: Number(year[1]), month: 1, day: 1 };
        return [c];
      }
      const granularity = (c.granularity ?? 'day') as DateGranularity;
      // "in 1988 … that year": a year stated alone settles "that year", not "a year earlier" (the DCT's).
      const textYear = p.textOnly && p.amount === 0 && p.unit === 'year' ? lastYear : undefined;
      const fromText = textYear ?? (p.unit === 'month' || p.unit === 'year' ? lastMonth : lastDay);
      // "that day" with no date stated before it points outside the text: nothing to resolve it on.
      if (p.textOnly && !fromText) return [];
      const base = fromText ?? env.anchor;
      if (!base) return [{ ...c, value: UNANCHORED_VALUE[granularity], pending: undefined }];
      const day = shiftDay(base, p.amount, p.unit);
      const resolved = { ...c, value: valueAt(day, granularity), anchored: true, pending: undefined };
      const out = {
        ...resolved,
        rule: fromText ? `${c.rule}:text` : `${c.rule}:dct`,
        ...(granularity === 'day' ? { day } : {}),
      };
      if (granularity === 'day') lastDay = day;
      return [out];
    });
  },
};
