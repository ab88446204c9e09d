/**
 * A named day written bare ("Election Day", "Thanksgiving") in a sentence told in the past: the past instance,
 * never the coming one, and the instance of the year the text just gave ("In 2000, Al Gore … by Election Day,
 * he was hovering near 60%" → 2000-11-07) when the sentence or the one before it states a year before the
 * anchor's. A sentence that looks forward takes the coming one ("missteps made in 2012 … states expected to be
 * most pivotal on Election Day"); present or no tense keeps the finder's choice, and so do "last/next/this …".
 */
import { dayValue } from '../calendar.js';
import { holidayDay } from '../finders/holidays.js';
import type { TenseFinder } from '../tense.js';
import type { CalendarDay, Candidate, DocEnv, Refiner } from '../types.js';
import { sentenceOf } from './sentence.js';

const YEAR = /^(\d{4})$/;
const before = (a: CalendarDay, b: CalendarDay): boolean =>
  a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day <= b.day;

/** The year last stated before `c` in its sentence or the previous one, as a candidate's bare year value. */
function statedYear(candidates: Candidate[], c: Candidate): number | undefined {
  let year: number | undefined;
  for (const o of candidates) {
    if (o.start >= c.start) break;
    const m = o.type === 'DATE' && o.anchored && !o.nested ? YEAR.exec(o.value) : null;
    if (m && o.sentence >= c.sentence - 1) year = Number(m[1]);
  }
  return year;
}

export function resolveHolidayYears(tense: TenseFinder): Refiner {
  return {
    name: 'holiday-years',
    refine(candidates: Candidate[], env: DocEnv) {
      const anchor = env.anchor;
      if (!anchor) return candidates;
      const byName = new Map(env.tables.holidays.map((h) => [h.name, h]));
      return candidates.map((c) => {
        if (c.rule !== 'holiday' || !c.day) return c;
        const h = byName.get(env.doc.text.slice(c.start, c.end).replace(/\s+/g, ' '));
        if (!h) return c; // "last Thanksgiving": the finder's reading stands
        const s = sentenceOf(env, c.sentence);
        const t = tense.at(s.text, c.start - s.start, c.end - s.start);
        if (!t) return c;
        const instances = [-1, 0, 1].map((d) => holidayDay(h, anchor.year + d));
        const year = t === 'past' ? statedYear(candidates, c) : undefined;
        const inYear = year !== undefined && year < anchor.year ? holidayDay(h, year) : undefined;
        const day =
          inYear ??
          (t === 'past'
            ? instances.filter((d) => before(d, anchor)).pop()
            : instances.find((d) => !before(d, anchor)));
        if (!day || dayValue(day) === c.value) return c;
        return { ...c, day, value: dayValue(day), rule: `holiday:${inYear ? 'text' : t}` };
      });
    },
  };
}
