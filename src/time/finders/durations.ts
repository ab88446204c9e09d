/**
 * Durations: "within 24 hours" → PT24H, "two more weeks" → P2W, "eight trading days" → P8D, "two weeks" →
 * P2W, "a minute and a half" → PT1M30S, "the past three years" → P3Y, a "24-hour" ceasefire → PT24H, "a few
 * years" → PXY, "for years", "within weeks" → PXY, PXW, "for a while" → PXX, a "day-long" meeting → P1D.
 * "Two days later" and "two weeks ago" are dates (shifts.ts and chrono), so a quantity followed by
 * ago/later/earlier/from now is left to them, except where they name no date: "a few days later" → "a few
 * days", PXD; "two hours later" → "two hours", PT2H.
 */
import type { Tables, UnitRow } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup, quantityGroup, quantityValue } from './common.js';
import { SHIFT_UNITS } from './shifts.js';

const LEAD =
  '(?:(?<lead>the\\s+(?:past|last|next|coming|previous|first|final|following)|(?:the\\s+)?(?:past|next|coming)|more\\s+than|less\\s+than|fewer\\s+than|nearly|almost|about|around|roughly|some|up\\s+to|at\\s+least|another|an\\s+additional)\\s+)?';

/** TimeML duration value: P3Y, PT24H, PXY; a decade or century of unknown count is PXDE / PXCE. */
export function durationValue(n: number | 'X', unit: UnitRow): string {
  const t = unit.clock ? 'T' : '';
  if (n === 'X') return `P${t}X${unit.factor === 10 ? 'DE' : unit.factor === 100 ? 'CE' : unit.symbol}`;
  const amount = n * unit.factor;
  const whole = Math.floor(amount);
  const smaller = SMALLER[`${t}${unit.symbol}`];
  // "5 1/2 hours" → PT5H30M, "2 1/2 years" → P2Y6M: TimeML writes the fraction in the next unit down.
  if (whole !== amount && smaller && Number.isInteger((amount - whole) * smaller.per)) {
    const rest = `${(amount - whole) * smaller.per}${smaller.symbol}`;
    const head = whole > 0 ? `${whole}${unit.symbol}` : '';
    return `P${t}${head}${smaller.clock && !t ? 'T' : ''}${rest}`;
  }
  return `P${t}${Number(amount.toFixed(3))}${unit.symbol}`;
}

/** The next smaller unit for fractions, keyed by T-prefix and symbol (months have no whole days in them). */
const SMALLER: Record<string, { per: number; symbol: string; clock: boolean }> = {
  Y: { per: 12, symbol: 'M', clock: false },
  W: { per: 7, symbol: 'D', clock: false },
  D: { per: 24, symbol: 'H', clock: true },
  TH: { per: 60, symbol: 'M', clock: true },
  TM: { per: 60, symbol: 'S', clock: true },
};

export function durationFinders(tables: Tables): Finder[] {
  const units = alternation(tables.units.keys());
  // "the nine months": TimeML's extent keeps the determiner (TimeBank: 13 of 14 such uses).
  const counted = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}${LEAD}(?<det>the\\s+(?!an?\\b))?${quantityGroup(tables)}[\\s-]+(?:(?:more|additional|extra|straight|consecutive|trading|business)\\s+)?(?<unit>${units})(?<half>\\s+and\\s+a\\s+half)?(?![\\w-])(?!\\s+(?:ago|from\\s+now)\\b|[\\s-]+old\\b)(?<shift>\\s+(?:later|earlier)\\b)?`,
    'gi',
  );
  const plurals = alternation(tables.unitRows.filter((u) => !u.clock).map((u) => u.plural));
  // "for years", "within weeks", "the first time in years", "the weeks ahead": an unstated number of units.
  const uncounted = new RegExp(
    `(?<![\\w-])(?:(?<prep>for|within|in|over)\\s+(?<unit>${plurals})(?![\\w-])(?!\\s+(?:ago|later|earlier)\\b|-)|(?<ahead>the\\s+(?<unit2>${plurals})\\s+ahead)(?![\\w-])|for\\s+(?<awhile>a\\s+(?:long\\s+|little\\s+)?while)(?![\\w-]))`,
    'gi',
  );

  const counts = [...tables.numberWords].filter(([, v]) => typeof v === 'number' && v >= 2).map(([k]) => k);
  const rateBefore = new RegExp(`(?:\\d[\\d,.]*|\\b(?:${alternation(counts)}))(?:\\s+[a-z]+)?\\s+$`, 'i');
  const countedFinder = patternFinder('duration', counted, (m) => {
    const g = m.groups ?? {};
    const unit = tables.units.get((g.unit ?? '').toLowerCase());
    const qtyText = (g.qty ?? '').toLowerCase();
    const counted = quantityValue(qtyText, tables);
    if (!unit || counted === undefined) return undefined;
    // "two days later" is a date (shifts.ts reads whole days, weeks, months and years); "a few days later",
    // "two hours later", "a minute and a half later" name no date, only a span, which TimeML annotates as a
    // duration without the adverb (TimeBank: "A few days" PXD, "a minute and a half" PT1M30S).
    const whole = typeof counted === 'number' && Number.isInteger(counted) && !g.half;
    if (g.shift && whole && SHIFT_UNITS.has(unit.singular)) return undefined;
    // CBS's "60 Minutes", "The First 100 Days": a capitalised unit word is a title; prose writes "60 minutes".
    if (/^\p{Lu}\p{Ll}/u.test(g.unit ?? '')) return undefined;
    // "the 1988 quarter" is a year's quarter (periods.ts), never 1988 quarters.
    if (/^(?:1[5-9]|20)\d\d$/.test(qtyText) && (g.unit ?? '').toLowerCase() === unit.singular)
      return undefined;
    // "the 14-day period": the determiner belongs to the noun the adjective modifies, not to the span.
    const adjectival = g.det !== undefined && m[0].charAt(m[0].length - (g.unit ?? '').length - 1) === '-';
    const detFrom = adjectival ? m[0].indexOf(g.det ?? '') + (g.det ?? '').length : 0;
    // "a minute and a half" → PT1M30S
    const n = g.half && typeof counted === 'number' ? counted + 0.5 : counted;
    // "three-quarters", "a quarter of the vote": fractions, not spans of time; "several quarters of losses"
    // is time, an unstated count being no fraction.
    const after = m.input.slice(m.index + m[0].length);
    const fraction = /\w-quarters?$/i.test(m[0]) || (n !== 'X' && /^\s+of\b/i.test(after));
    if (unit.singular === 'quarter' && fraction) return undefined;
    if ((qtyText === 'a' || qtyText === 'an') && !unit.article) return undefined; // "a second term": ordinal
    // "one day" with nothing before it is the idiom ("one day, he said"), not a 24-hour span.
    // "a one-day trip" is a span again.
    const hyphened = /^one-/i.test(m[0].slice(m[0].length - (g.unit ?? '').length - 4));
    if (qtyText === 'one' && unit.singular === 'day' && !g.prep && !g.lead && !hyphened) return undefined;
    // "a day" in "twice a day" is a frequency (sets.ts), not a duration.
    const before = m.input.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    if (!g.prep && !g.lead && /(?:\btimes|twice|once|per)\s+$/.test(before)) return undefined;
    // "$1.76 a year", "700 seats a week", "four flights a week": a rate, not a duration.
    const rate = rateBefore.test(m.input.slice(Math.max(0, m.index - 24), m.index));
    if (!g.prep && !g.lead && (qtyText === 'a' || qtyText === 'an') && rate) return undefined;
    return {
      type: 'DURATION',
      value: durationValue(n, unit),
      anchored: true,
      granularity: unit.granularity,
      ...(adjectival ? { from: detFrom } : {}),
      ...(g.shift ? { to: m[0].length - g.shift.length } : {}),
    };
  });
  const uncountedFinder = patternFinder('duration:for-units', uncounted, (m) => {
    // "for a while": TimeBank's PXX, a span of unknown length and unit.
    if (m.groups?.awhile) return { type: 'DURATION', value: 'PXX', anchored: true };
    const unit = tables.units.get((m.groups?.unit ?? m.groups?.unit2 ?? '').toLowerCase());
    if (!unit) return undefined;
    // "in months of talks", "in years past", "over years to come": the plural is no span of its own there.
    const prep = (m.groups?.prep ?? '').toLowerCase();
    const after = m.input.slice(m.index + m[0].length);
    if ((prep === 'in' || prep === 'over') && /^\s+(?:of|past|to|before|after)\b/i.test(after))
      return undefined;
    return {
      type: 'DURATION',
      value: durationValue('X', unit),
      anchored: true,
      granularity: unit.granularity,
    };
  });
  // "a day-long meeting", "a 40-day-long fast", "decades-long battle": the length of what the noun names.
  const long = new RegExp(`(?<![\\w-])(?:${quantityGroup(tables)}-)?(?<unit>${units})-long(?![\\w-])`, 'gi');
  const longFinder = patternFinder('duration:long', long, (m) => {
    const g = m.groups ?? {};
    const word = (g.unit ?? '').toLowerCase();
    const unit = tables.units.get(word);
    if (!unit) return undefined;
    const n = g.qty ? quantityValue(g.qty.toLowerCase(), tables) : word === unit.singular ? 1 : 'X';
    if (n === undefined) return undefined;
    return { type: 'DURATION', value: durationValue(n, unit), anchored: true, granularity: unit.granularity };
  });
  return [countedFinder, uncountedFinder, longFinder];
}
