/**
 * Years spelled out as broadcast transcripts write them: "nineteen ninety-six" → 1996, "nineteen eighty" →
 * 1980, "the year two thousand" → 2000. "Two thousand" alone counts things, so it needs "the year" before it.
 * A month or "the winter of" before the year narrows it: "January nineteen ninety-seven" → 1997-01,
 * "the winter of nineteen ninety-four" → 1994-WI.
 */
import type { Tables } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';
import { MONTH_NAMES, monthNumber } from './month-names.js';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

export function spelledYearFinder(tables: Tables): Finder {
  const re = new RegExp(
    `(?<![\\w-])(?:(?<month>${MONTH_NAMES.join('|')})\\s+|(?:the\\s+)?(?<season>${[...tables.seasons.keys()].join('|')})\\s+of\\s+)?(?:the\\s+year\\s+)?(?:(?<century>eighteen|nineteen)\\s+(?:(?<tens>${TENS})(?:[\\s-](?<ones>${ONES}))?|(?<teen>${TEENS}))|the\\s+year\\s+two\\s+thousand(?:\\s+(?:and\\s+)?(?<after>${ONES}|${TEENS}))?)(?![\\w-])`,
    'gi',
  );
  const n = (word: string | undefined): number => {
    const v = word ? tables.numberWords.get(word.toLowerCase()) : 0;
    return typeof v === 'number' ? v : 0;
  };
  return patternFinder('year:spelled', re, (m) => {
    const g = m.groups ?? {};
    const year = g.century ? n(g.century) * 100 + n(g.tens) + n(g.ones) + n(g.teen) : 2000 + n(g.after);
    const month = g.month ? monthNumber(g.month) : 0;
    if (month > 0) {
      const value = `${year}-${String(month).padStart(2, '0')}`;
      return { type: 'DATE', value, anchored: true, granularity: 'month' };
    }
    const season = g.season ? tables.seasons.get(g.season.toLowerCase()) : undefined;
    if (season) return { type: 'DATE', value: `${year}-${season}`, anchored: true, granularity: 'month' };
    return { type: 'DATE', value: String(year), anchored: true, granularity: 'year' };
  });
}
