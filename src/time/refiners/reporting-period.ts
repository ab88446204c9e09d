/**
 * The reporting period of earnings news. "Net rose 5% in the third quarter from a year earlier": the year
 * before is the third quarter of the year before (1988-Q3), not the calendar year, and "the quarter", "the
 * latest period", "the year-ago quarter" all name the quarter under discussion — the last quarter named
 * before them in the text (within twenty sentences: an earnings story keeps its quarter) that had ended by
 * publication. Without one, "the latest quarter" is the last quarter ended before the anchor, "year-ago"
 * alone the year before the anchor's, and "the quarter" nothing.
 */
import type { CalendarDay, Candidate, DocEnv, Refiner } from '../types.js';
import { timemlExtent } from '../extent.js';

const QUARTER = /^(?<year>\d{4})-Q(?<q>[1-4])$/;
/** How many sentences back a named quarter still sets the period under discussion. */
const REACH = 20;
/** "after a flat second quarter", "up from the first quarter": a quarter the period is compared with. */
const COMPARED =
  /\b(?:compared\s+with|compared\s+to|from|versus|vs\.|than|after|following)\s+(?:(?:a|an|the|its)\s+)?(?:[a-z]+\s+)?$/i;
const YEAR_BEFORE = /^(?:a|one)\s+year\s+(?:ago|earlier|before)$/i;

interface Reference {
  year: number;
  quarter: number;
  sentence: number;
}

/** Whether quarter `q` of `year` ended before the anchor's quarter began. */
const endedBy = (year: number, q: number, anchor: CalendarDay): boolean =>
  year * 4 + q - 1 < anchor.year * 4 + Math.floor((anchor.month - 1) / 3);

/** Whether the quarter is named as a comparison; what precedes it includes its own preposition ("from …"). */
function compared(c: Candidate, text: string, env: DocEnv): boolean {
  const at = timemlExtent({ ...c, text }).start;
  return COMPARED.test(env.doc.text.slice(Math.max(0, at - 30), at));
}

const quarterValue = (year: number, quarter: number): string => `${year}-Q${quarter}`;

function resolvePeriod(c: Candidate, ref: Reference | undefined, env: DocEnv): Candidate | undefined {
  const p = c.pending;
  if (p?.kind !== 'period') return c;
  const done = { ...c, pending: undefined, anchored: true };
  if (ref) {
    const year = p.year ?? ref.year - p.yearsBack;
    return { ...done, value: quarterValue(year, ref.quarter), rule: `${c.rule}:text` };
  }
  if (p.year) return { ...done, value: String(p.year), granularity: 'year' };
  const anchor = env.anchor;
  if (!anchor)
    return p.latest || p.yearsBack > 0 ? { ...done, value: 'XXXX-QX', anchored: false } : undefined;
  if (p.latest) {
    const index = anchor.year * 4 + Math.floor((anchor.month - 1) / 3) - 1;
    return { ...done, value: quarterValue(Math.floor(index / 4), (index % 4) + 1), rule: `${c.rule}:dct` };
  }
  if (p.yearsBack > 0) {
    return { ...done, value: String(anchor.year - p.yearsBack), granularity: 'year', rule: `${c.rule}:dct` };
  }
  return undefined;
}

export const resolveReportingPeriods: Refiner = {
  name: 'reporting-period',
  refine(candidates: Candidate[], env: DocEnv) {
    let ref: Reference | undefined;
    const out: Candidate[] = [];
    for (const c of candidates) {
      const live = ref && c.sentence - ref.sentence <= REACH ? ref : undefined;
      if (c.pending?.kind === 'period') {
        const resolved = resolvePeriod(c, live, env);
        if (!resolved) continue;
        out.push(resolved);
        // "the latest quarter" with nothing named before it now sets the period under discussion.
        const m = QUARTER.exec(resolved.value);
        if (m?.groups && !live && c.pending.yearsBack === 0 && resolved.anchored) {
          ref = { year: Number(m.groups.year), quarter: Number(m.groups.q), sentence: c.sentence };
        }
        continue;
      }
      const text = env.doc.text.slice(c.start, c.end);
      if (live && c.type === 'DATE' && YEAR_BEFORE.test(timemlExtent({ ...c, text }).text)) {
        out.push({ ...c, value: quarterValue(live.year - 1, live.quarter), rule: `${c.rule}:period` });
        continue;
      }
      const m = QUARTER.exec(c.value);
      // A quarter named as the year-ago one is the comparison, not the period under discussion; nor is one
      // not yet ended at publication ("the impact on fourth-quarter results"): results are of ended quarters.
      const ended =
        m?.groups && (!env.anchor || endedBy(Number(m.groups.year), Number(m.groups.q), env.anchor));
      if (
        m?.groups &&
        ended &&
        c.anchored &&
        !/year-(?:ago|earlier)/i.test(text) &&
        !compared(c, text, env)
      ) {
        ref = { year: Number(m.groups.year), quarter: Number(m.groups.q), sentence: c.sentence };
      }
      out.push(c);
    }
    return out;
  },
};
