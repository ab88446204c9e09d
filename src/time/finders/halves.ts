/**
 * Half years: "the first half" → 2025-H1, "the second half of 1989" → 1989-H2, "the last half of the year",
 * "the first two quarters of 1990" → 1990-H1. Without a year the anchor's year is meant, as in quarters.ts.
 */
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

const FIRST = /^(?:first|front)/i;

export function halfYearFinder(): Finder {
  const re =
    /(?<![\w-])(?:the\s+)?(?:(?<half>first|second|last|latter|back|front)\s+half|(?<two>first|last)\s+two\s+quarters)(?:\s+of\s+(?:(?<year>1[5-9]\d\d|20\d\d)|the\s+year))?(?![\w-])/gi;
  return patternFinder('half-year', re, (m, env) => {
    const g = m.groups ?? {};
    // "the first half" of a match, a game or a century is not a year's: it needs "of <year>" or a bare use.
    const after = m.input.slice(m.index + m[0].length);
    if (!g.year && /^\s+of\b/i.test(after)) return undefined;
    const h = FIRST.test(g.half ?? g.two ?? '') ? 1 : 2;
    const year = g.year ?? (env.anchor ? String(env.anchor.year) : undefined);
    if (!year) return { type: 'DATE', value: `XXXX-H${h}`, anchored: false, granularity: 'month' };
    return { type: 'DATE', value: `${year}-H${h}`, anchored: true, granularity: 'month' };
  });
}
