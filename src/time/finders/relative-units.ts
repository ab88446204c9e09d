/**
 * Calendar units named relative to the publication date: "last month" → 2025-07, "this week" → 2025-W33,
 * "next year" → 2026, "the current fiscal year" → 2025, "earlier this month" → 2025-08, "last weekend" → 2025-W32-WE. "The past year" is a
 * duration (P1Y), as TimeBank annotates it. These beat chrono's reading of the same words, which gives a day.
 */
import { shiftDay, UNANCHORED_VALUE, valueAt } from '../calendar.js';
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup } from './common.js';
import { durationValue } from './durations.js';

const SHIFT: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };

export function relativeUnitFinder(tables: Tables): Finder {
  const re = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}(?:(?<pre>earlier|later)\\s+)?(?<the>the\\s+)?(?<rel>this|current|last|previous|next|coming|past)\\s+(?<unit>week|weekend|month|(?:fiscal\\s+)?year)(?![\\w-])`,
    'gi',
  );
  return patternFinder('relative-unit', re, (m, env) => {
    const g = m.groups ?? {};
    const rel = (g.rel ?? '').toLowerCase();
    // "the current fiscal year": the fiscal year is named by the calendar year it mostly falls in.
    // ABC's "This Week": a capitalised unit word is a title (prose writes "This week" even first in a sentence).
    if (/^\p{Lu}\p{Ll}/u.test(g.unit ?? '')) return undefined;
    const unitWord = (g.unit ?? '').toLowerCase().replace(/^fiscal\s+/, '');
    const unit = unitWord === 'weekend' ? 'week' : (unitWord as 'week' | 'month' | 'year');
    // "the past year", "the last month", "the coming week": a span of one unit, not a calendar unit.
    if (rel === 'past' || (g.the && (rel === 'last' || rel === 'coming' || rel === 'next'))) {
      const row = tables.units.get(unit);
      if (!row || unitWord === 'weekend') return undefined;
      return { type: 'DURATION', value: durationValue(1, row), anchored: true, granularity: row.granularity };
    }
    const suffix = unitWord === 'weekend' ? '-WE' : '';
    if (!env.anchor) {
      return { type: 'DATE', value: UNANCHORED_VALUE[unit] + suffix, anchored: false, granularity: unit };
    }
    const day = shiftDay(env.anchor, SHIFT[rel] ?? 0, unit);
    return { type: 'DATE', value: valueAt(day, unit) + suffix, anchored: true, granularity: unit };
  });
}
