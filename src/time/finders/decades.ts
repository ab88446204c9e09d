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

const DECADE_WORDS = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];

/**
 * Decades and centuries in words: "the nineties" → 199 (the twentieth century's, as news of the time means),
 * "the 11th century" → 10, "the twentieth century" → 19 (TimeML: the century's first two digits, one less
 * than its ordinal). A decade word needs "the" before it ("in his sixties" is an age).
 */
export function wordDecadeFinder(): Finder {
  const re = new RegExp(
    `(?<![\\w-])(?:the\\s+(?:(?:early|mid|late)[\\s-]+)?(?<decade>${DECADE_WORDS.join('|')})|(?:the\\s+|this\\s+)?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})[\\s-]+century)(?![\\w-])`,
    'gi',
  );
  return patternFinder('decade:words', re, (m) => {
    const g = m.groups ?? {};
    if (g.decade) {
      const tens = DECADE_WORDS.indexOf(g.decade.toLowerCase()) + 2;
      return { type: 'DATE', value: `19${tens}`, anchored: true, granularity: 'year' };
    }
    const word = (g.ordinal ?? '').toLowerCase();
    const n = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.indexOf(word) + 1;
    if (n < 1 || n > 21) return undefined;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0'), anchored: true, granularity: 'year' };
  });
}
