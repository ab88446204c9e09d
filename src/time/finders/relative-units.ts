/**
 * Calendar units named relative to the publication date: "last month" → 2025-07, "this week" → 2025-W33,
 * "next year" → 2026, "the current fiscal year" → 2025, "earlier this month" → 2025-08, "last weekend" → 2025-W32-WE,
 * "this decade" → 202. "The past month", "the past decade" are durations (P1M, P10Y); "the past year" and "the next
 * year" name the calendar year before or after, as TimeBank and AQUAINT annotate all three of their uses.
 * "This century" is left out: TimeBank's three uses disagree with the guidelines' "19" (P100Y, or no timex). These beat chrono's reading of the same words, which gives a day.
 */
import { shiftDay, UNANCHORED_VALUE, valueAt } from '../calendar.js';
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup } from './common.js';
import { durationValue } from './durations.js';

const SHIFT: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };
/** "the past year": the calendar year before. */
const SPAN_SHIFT: Record<string, number> = { past: -1 };

export function relativeUnitFinder(tables: Tables): Finder {
  const re = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}(?:(?<pre>earlier|later)\\s+)?(?<the>the\\s+)?(?<rel>this|current|last|previous|next|coming|past)\\s+(?<unit>week|weekend|month|(?:fiscal\\s+)?year|decade)(?![\\w-])`,
    'gi',
  );
  return patternFinder('relative-unit', re, (m, env) => {
    const g = m.groups ?? {};
    const rel = (g.rel ?? '').toLowerCase();
    // "the current fiscal year": the fiscal year is named by the calendar year it mostly falls in.
    // ABC's "This Week": a capitalised unit word is a title (prose writes "This week" even first in a sentence).
    if (/^\p{Lu}\p{Ll}/u.test(g.unit ?? '')) return undefined;
    const unitWord = (g.unit ?? '').toLowerCase().replace(/^fiscal\s+/, '');
    // "the last month", "the coming week", "the past decade": a span of one unit, not a calendar unit; but "the
    // past year", "the next year" name the calendar year (not "the past fiscal year": a span again).
    const span = rel === 'past' || (g.the && (rel === 'last' || rel === 'coming' || rel === 'next'));
    const calendarYear = g.the !== undefined && g.unit?.toLowerCase() === 'year';
    if (span && !calendarYear) {
      const row = tables.units.get(unitWord);
      if (!row) return undefined;
      return { type: 'DURATION', value: durationValue(1, row), anchored: true, granularity: row.granularity };
    }
    // "this decade", "last decade": TimeML names a decade by its first three digits ("199").
    if (unitWord === 'decade') {
      if (!env.anchor) return { type: 'DATE', value: 'XXX', anchored: false, granularity: 'year' };
      const decade = Math.floor(env.anchor.year / 10) + (SHIFT[rel] ?? 0);
      return { type: 'DATE', value: String(decade).padStart(3, '0'), anchored: true, granularity: 'year' };
    }
    const unit = unitWord === 'weekend' ? 'week' : (unitWord as 'week' | 'month' | 'year');
    const suffix = unitWord === 'weekend' ? '-WE' : '';
    if (!env.anchor) {
      return { type: 'DATE', value: UNANCHORED_VALUE[unit] + suffix, anchored: false, granularity: unit };
    }
    const day = shiftDay(env.anchor, SHIFT[rel] ?? SPAN_SHIFT[rel] ?? 0, unit);
    return { type: 'DATE', value: valueAt(day, unit) + suffix, anchored: true, granularity: unit };
  });
}
