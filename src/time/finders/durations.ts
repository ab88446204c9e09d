/**
 * Durations: "within 24 hours" → PT24H, "two more weeks" → P2W, "eight trading days" → P8D, "two weeks" → P2W, "a minute and a half" → PT1M30S, "the past three years" → P3Y, a "24-hour"
 * ceasefire → PT24H, "a few years" → PXY, "for years" → PXY. "Two days later" and "two weeks ago" are dates
 * (shifts.ts and chrono), so a quantity followed by ago/later/earlier/from now is left to them.
 */
import type { Tables, UnitRow } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, prepositionGroup, quantityGroup, quantityValue } from './common.js';

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
  const counted = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}${LEAD}${quantityGroup(tables)}[\\s-]+(?:(?:more|additional|extra|straight|consecutive|trading|business)\\s+)?(?<unit>${units})(?<half>\\s+and\\s+a\\s+half)?(?![\\w-])(?!\\s+(?:ago|later|earlier|from\\s+now)\\b|[\\s-]+old\\b)`,
    'gi',
  );
  const plurals = alternation(tables.unitRows.filter((u) => !u.clock).map((u) => u.plural));
  const uncounted = new RegExp(
    `(?<![\\w-])for\\s+(?<unit>${plurals})(?![\\w-])(?!\\s+(?:ago|later|earlier)\\b)`,
    'gi',
  );

  const countedFinder = patternFinder('duration', counted, (m) => {
    const g = m.groups ?? {};
    const unit = tables.units.get((g.unit ?? '').toLowerCase());
    const qtyText = (g.qty ?? '').toLowerCase();
    const counted = quantityValue(qtyText, tables);
    if (!unit || counted === undefined) return undefined;
    // "a minute and a half" → PT1M30S
    const n = g.half && typeof counted === 'number' ? counted + 0.5 : counted;
    // "three-quarters", "a quarter of the vote": fractions, not spans of time; "several quarters of losses"
    // is time, an unstated count being no fraction.
    const after = m.input.slice(m.index + m[0].length);
    const fraction = /\w-quarters?$/i.test(m[0]) || (n !== 'X' && /^\s+of\b/i.test(after));
    if (unit.singular === 'quarter' && fraction) return undefined;
    if ((qtyText === 'a' || qtyText === 'an') && !unit.article) return undefined; // "a second term": ordinal
    // "one day" with nothing before it is the idiom ("one day, he said"), not a 24-hour span.
    if (qtyText === 'one' && unit.singular === 'day' && !g.prep && !g.lead) return undefined;
    // "a day" in "twice a day" is a frequency (sets.ts), not a duration.
    const before = m.input.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    if (!g.prep && !g.lead && /(?:\btimes|twice|once|per)\s+$/.test(before)) return undefined;
    // "$1.76 a year", "700 seats a week": a rate, not a duration.
    const rate = /\d[\d,.]*(?:\s+[a-z]+)?\s+$/.test(m.input.slice(Math.max(0, m.index - 24), m.index));
    if (!g.prep && !g.lead && (qtyText === 'a' || qtyText === 'an') && rate) return undefined;
    return {
      type: 'DURATION',
      value: durationValue(n, unit),
      anchored: true,
      granularity: unit.granularity,
    };
  });
  const uncountedFinder = patternFinder('duration:for-units', uncounted, (m) => {
    const unit = tables.units.get((m.groups?.unit ?? '').toLowerCase());
    if (!unit) return undefined;
    return {
      type: 'DURATION',
      value: durationValue('X', unit),
      anchored: true,
      granularity: unit.granularity,
    };
  });
  return [countedFinder, uncountedFinder];
}
