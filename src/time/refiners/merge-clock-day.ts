/**
 * "11:30 am (1900 GMT) Friday", "3 pm, Friday": a clock time with no day, followed by a day (after an optional
 * parenthesis), is one TIME — chrono merges "3 pm Friday" itself, but not across a parenthesis.
 */
import type { Candidate, DocEnv, Refiner } from '../types.js';

const GAP = /^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:on\s+)?$/i;

const isBareClock = (c: Candidate): boolean =>
  c.clock !== undefined && c.pending?.kind === 'anchorDay' && !c.nested;
const isDay = (c: Candidate): boolean =>
  c.type === 'DATE' &&
  c.granularity === 'day' &&
  (c.day !== undefined || c.pending?.kind === 'weekday' || c.pending?.kind === 'monthDay');

export const mergeClockWithDay: Refiner = {
  name: 'merge-clock-day',
  refine(candidates: Candidate[], env: DocEnv) {
    const out: Candidate[] = [];
    const outer = candidates.filter((c) => !c.nested);
    const merged = new Set<Candidate>();
    for (let i = 0; i < outer.length; i++) {
      const clock = outer[i]!;
      const day = outer[i + 1];
      if (!day || !isBareClock(clock) || !isDay(day) || clock.sentence !== day.sentence) continue;
      if (!GAP.test(env.doc.text.slice(clock.end, day.start))) continue;
      const { pending: _p, ...clockFields } = clock;
      out.push({
        ...clockFields,
        ...(day.pending ? { pending: day.pending } : {}),
        ...(day.day ? { day: day.day } : {}),
        end: day.end,
        rule: `${clock.rule}+${day.rule}`,
      });
      merged.add(clock).add(day);
      i++;
    }
    for (const c of candidates) if (!merged.has(c)) out.push(c);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
