/**
 * Durations: "within 24 hours" → PT24H, "two weeks" → P2W, "the past three years" → P3Y, a "24-hour"
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
  return `P${t}${Number((n * unit.factor).toFixed(3))}${unit.symbol}`;
}

export function durationFinders(tables: Tables): Finder[] {
  const units = alternation(tables.units.keys());
  const counted = new RegExp(
    `(?<![\\w-])${prepositionGroup(tables)}${LEAD}${quantityGroup(tables)}[\\s-]+(?<unit>${units})(?![\\w-])(?!\\s+(?:ago|later|earlier|from\\s+now)\\b|[\\s-]+old\\b)`,
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
    const n = quantityValue(qtyText, tables);
    if (!unit || n === undefined) return undefined;
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
