/**
 * Parts of the day chrono misreads or misses. "mid-afternoon yesterday": chrono takes the afternoon of
 * the publication day and drops "yesterday" (it reads "yesterday afternoon" right); "by mid afternoon"
 * alone, as news writes it, is that part of the publication day. TIME values: 1989-11-01TAF.
 */
import { shiftDay } from '../calendar.js';
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

const DAY_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

export function partOfDayFinder(tables: Tables): Finder {
  const re =
    /(?<![\w-])(?:(?<mod>early|late|mid)[- ]?)?(?<part>morning|afternoon|evening|night)(?:\s+(?<deictic>yesterday|today|tomorrow))?(?![\w-])/gi;
  return patternFinder('part-of-day', re, (m, env) => {
    const g = m.groups ?? {};
    const partOfDay = tables.partsOfDay.get((g.part ?? '').toLowerCase());
    const deictic = (g.deictic ?? '').toLowerCase();
    // Alone, only "mid-morning", "mid afternoon": "in the morning" may be any day, "late night" a genre.
    if (!partOfDay || (!deictic && (g.mod ?? '').toLowerCase() !== 'mid')) return undefined;
    if (!deictic) {
      return { type: 'TIME', value: '', anchored: false, partOfDay, pending: { kind: 'anchorDay' } };
    }
    if (!env.anchor) return { type: 'TIME', value: 'XXXX-XX-XX', anchored: false, partOfDay };
    const day = shiftDay(env.anchor, DAY_SHIFT[deictic] ?? 0, 'day');
    return { type: 'TIME', value: '', anchored: true, day, partOfDay };
  });
}
