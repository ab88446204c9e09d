/**
 * Settles what the text left open from the anchor and the tense of the sentence: "on Friday" (weekday),
 * "February 28" (month-day), "in May" (month), a lone clock time (the anchor's day). Without an anchor the
 * value keeps X placeholders (`XXXX-WXX-5`, `XXXX-02-28`) and `anchored` stays false.
 */
import { dayValue, isRealDay, monthValue, resolveWeekday, resolveYear } from '../calendar.js';
import type { TenseFinder } from '../tense.js';
import type { Candidate, DocEnv, Refiner, Tense } from '../types.js';
import { sentenceOf } from './sentence.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function unanchored(c: Candidate): Candidate {
  const p = c.pending;
  if (!p) return c;
  if (p.kind === 'weekday') return { ...c, value: `XXXX-WXX-${p.weekday}` };
  if (p.kind === 'monthDay') return { ...c, value: `XXXX-${pad(p.month)}-${pad(p.day)}` };
  if (p.kind === 'month') return { ...c, value: `XXXX-${pad(p.month)}` };
  if (p.kind === 'anchorDay') return { ...c, value: 'XXXX-XX-XX' };
  return c; // shifts: resolve-shifts.ts
}

export function resolvePending(tense: TenseFinder): Refiner {
  return {
    name: 'resolve-pending',
    refine(candidates: Candidate[], env: DocEnv) {
      const anchor = env.anchor;
      return candidates.map((c) => {
        const p = c.pending;
        if (!p || p.kind === 'shift' || p.kind === 'period') return c; // later refiners
        if (!anchor) return unanchored(c);
        const s = sentenceOf(env, c.sentence);
        const t: Tense | undefined = tense.at(s.text, c.start - s.start, c.end - s.start);
        const rule = `${c.rule}:${t ?? 'nearest'}`;
        if (p.kind === 'weekday') {
          const day = resolveWeekday(anchor, p.weekday, t);
          return { ...c, day, value: dayValue(day), anchored: true, rule, pending: undefined };
        }
        if (p.kind === 'monthDay') {
          const year = resolveYear(anchor, p.month, p.day, t);
          if (!isRealDay(year, p.month, p.day)) return unanchored(c);
          const day = { year, month: p.month, day: p.day };
          return { ...c, day, value: dayValue(day), anchored: true, rule, pending: undefined };
        }
        if (p.kind === 'month') {
          const year = resolveYear(anchor, p.month, undefined, t);
          return { ...c, value: monthValue(year, p.month), anchored: true, rule, pending: undefined };
        }
        return { ...c, day: anchor, value: dayValue(anchor), anchored: true, pending: undefined };
      });
    },
  };
}
