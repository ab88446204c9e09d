/**
 * Quarters: "the third quarter" → 2025-Q3 (the anchor's year), "the first quarter of 2024" → 2024-Q1,
 * "Q2 2025" → 2025-Q2, "last quarter" → the quarter before the anchor's. "The fiscal first quarter" is
 * numbered like a calendar quarter of the anchor's year (a company's fiscal calendar is not known).
 */
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup } from './common.js';

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const RELATIVE: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };

export function quarterFinder(tables: Tables): Finder {
  const re = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}(?:the\\s+)?(?:(?<rel>this|current|last|previous|next|coming)\\s+quarter|(?:(?<pyear>1[5-9]\\d\\d|20\\d\\d)\\s+|(?<ago>year-ago|year-earlier)\\s+|(?<yrel>this|last|next)\\s+year['’]s\\s+)?(?:fiscal[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+of\\s+(?<year>1[5-9]\\d\\d|20\\d\\d))?|(?<q>Q[1-4])(?:\\s+(?<qyear>1[5-9]\\d\\d|20\\d\\d))?)(?![\\w-])`,
    'gi',
  );
  return patternFinder('quarter', re, (m, env) => {
    const g = m.groups ?? {};
    const anchor = env.anchor;
    if (g.rel) {
      if (!anchor) return { type: 'DATE', value: 'XXXX-QX', anchored: false, granularity: 'month' };
      const index =
        anchor.year * 4 + Math.floor((anchor.month - 1) / 3) + (RELATIVE[g.rel.toLowerCase()] ?? 0);
      const value = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
      return { type: 'DATE', value, anchored: true, granularity: 'month' };
    }
    if (g.q && g.q[0] !== 'Q') return undefined; // "q3" in lower case is a code, not a quarter
    const q = g.q ? Number(g.q[1]) : ORDINALS[(g.ord ?? '').toLowerCase()];
    if (!q) return undefined;
    // "the 1988 second quarter", "the year-ago third quarter", "next year's first quarter"
    const shift = g.ago ? -1 : (RELATIVE[(g.yrel ?? '').toLowerCase()] ?? 0);
    const year = g.year ?? g.qyear ?? g.pyear ?? (anchor ? String(anchor.year + shift) : undefined);
    // "the third-quarter results": the determiner belongs to the noun the adjective modifies (TimeBank
    // leaves it out there, and keeps it in "the third quarter").
    const adjective = /(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-quarter$/i.exec(m[0]);
    const from =
      adjective && /\bthe\s+$/i.test(m[0].slice(0, adjective.index)) ? { from: adjective.index } : {};
    if (!year) return { type: 'DATE', value: `XXXX-Q${q}`, anchored: false, granularity: 'month', ...from };
    return { type: 'DATE', value: `${year}-Q${q}`, anchored: true, granularity: 'month', ...from };
  });
}
