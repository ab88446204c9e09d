/**
 * Dates stated as a shift from another date in the text: "two days later", "a week earlier", "the next
 * day", "the day before". The refiner `resolveShifts` anchors them on the nearest full date stated before.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder, Pending } from '../types.js';
import { patternFinder, quantityGroup, quantityValue } from './common.js';

type ShiftUnit = Extract<Pending, { kind: 'shift' }>['unit'];
const SHIFT_UNITS = new Set<string>(['day', 'week', 'month', 'year']);

export function shiftFinders(tables: Tables): Finder[] {
  const units = alternation(
    tables.unitRows.filter((u) => SHIFT_UNITS.has(u.singular)).flatMap((u) => [u.singular, u.plural]),
  );
  const counted = new RegExp(
    `(?<![\\w-])${quantityGroup(tables)}\\s+(?<unit>${units})\\s+(?<dir>later|earlier)(?![\\w-])`,
    'gi',
  );
  const adjacent = new RegExp(
    `(?<![\\w-])the\\s+(?:(?<dirBefore>next|following|previous|preceding)\\s+(?<unit>day|week|month|year)|(?<unit2>day|week|month|year)\\s+(?<dirAfter>before|after))(?![\\w-])`,
    'gi',
  );
  const countedFinder = patternFinder('shift:counted', counted, (m) => {
    const g = m.groups ?? {};
    const unit = tables.units.get((g.unit ?? '').toLowerCase());
    const n = quantityValue(g.qty ?? '', tables);
    if (!unit || typeof n !== 'number' || !Number.isInteger(n) || !SHIFT_UNITS.has(unit.singular))
      return undefined;
    const sign = (g.dir ?? '').toLowerCase() === 'later' ? 1 : -1;
    const pending: Pending = { kind: 'shift', amount: sign * n, unit: unit.singular as ShiftUnit };
    return { type: 'DATE', value: '', anchored: false, granularity: unit.granularity, pending };
  });
  const adjacentFinder = patternFinder('shift:adjacent', adjacent, (m) => {
    const g = m.groups ?? {};
    const unit = (g.unit ?? g.unit2 ?? '').toLowerCase() as ShiftUnit;
    const dir = (g.dirBefore ?? g.dirAfter ?? '').toLowerCase();
    const sign = dir === 'next' || dir === 'following' || dir === 'after' ? 1 : -1;
    // "the day before" at a clause end is a date; "the day before the vote" is anchored on the vote, not ours.
    if (g.dirAfter && /^\s+(?:the|a|an|his|her|their|its|[A-Z])/.test(m.input.slice(m.index + m[0].length))) {
      return undefined;
    }
    const pending: Pending = { kind: 'shift', amount: sign, unit };
    const granularity = unit === 'day' ? 'day' : unit;
    return { type: 'DATE', value: '', anchored: false, granularity, pending };
  });
  return [countedFinder, adjacentFinder];
}
