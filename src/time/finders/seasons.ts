/**
 * Seasons: "last summer" → 2024-SU, "this winter" → 2025-WI, "in the spring" → 2025-SP, "autumn 2019" →
 * 2019-FA. A bare season word is not taken ("a hot spring", "the fall of Kabul"): it needs a modifier, a
 * preposition before it, or a year after it.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

const SHIFT: Record<string, number> = {
  last: -1,
  next: 1,
  this: 0,
  'this past': 0,
  early: 0,
  late: 0,
  mid: 0,
};

export function seasonFinder(tables: Tables): Finder {
  const seasons = alternation(tables.seasons.keys());
  const re = new RegExp(
    `(?<![\\w-])(?:(?<prep>in|into|during|by|since|until|over|through|throughout)\\s+(?:the\\s+)?)?(?:(?<mod>this\\s+past|this|last|next|early|late|mid)[\\s-]+)?(?<season>${seasons})(?:\\s+(?:of\\s+)?(?<year>1[5-9]\\d\\d|20\\d\\d))?(?![\\w-])`,
    'gi',
  );
  return patternFinder('season', re, (m, env) => {
    const g = m.groups ?? {};
    const code = tables.seasons.get((g.season ?? '').toLowerCase());
    if (!code || !(g.prep || g.mod || g.year)) return undefined;
    if (g.year) return { type: 'DATE', value: `${g.year}-${code}`, anchored: true, granularity: 'month' };
    const shift = SHIFT[(g.mod ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    if (!env.anchor) return { type: 'DATE', value: `XXXX-${code}`, anchored: false, granularity: 'month' };
    return {
      type: 'DATE',
      value: `${env.anchor.year + shift}-${code}`,
      anchored: true,
      granularity: 'month',
    };
  });
}
