/**
 * Decades and centuries by their digits: "the 1990s" → 199, "the early 2000s" → 200, "the '80s" → 198,
 * "the 1800s" → 18 (TimeML writes a decade as its first three digits, a century as its first two).
 */
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup } from './common.js';

export function decadeFinder(tables: Tables): Finder {
  const re = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<full>(?:1[5-9]|20)\\d0)|['’](?<short>\\d0))s(?![\\w-])`,
    'gi',
  );
  return patternFinder('decade', re, (m) => {
    const g = m.groups ?? {};
    let value: string;
    if (g.full)
      value = g.full.endsWith('00') && g.full < '2000' ? g.full.slice(0, 2) : g.full.slice(0, 3); // the 1900s: a century; the 2000s: a decade
    else {
      const d = Number(g.short?.[0] ?? '0');
      value = `${d <= 2 ? '20' : '19'}${d}`; // '90s → 199, '10s → 201
    }
    return { type: 'DATE', value, anchored: true, granularity: 'year' };
  });
}
