/**
 * Dates stated as a shift from another date in the text: "two days later", "a week earlier", "the next
 * day", "the day before", and no shift at all: "earlier that day", "later that year". The refiner `resolveShifts` anchors them on the nearest full date stated before.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder, Pending } from '../types.js';
import { patternFinder, quantityGroup, quantityValue } from './common.js';

type ShiftUnit = Extract<Pending, { kind: 'shift' }>['unit'];
/** The units a counted shift resolves to a date in: "two days later" (not "two hours later": durations.ts). */
export const SHIFT_UNITS = new Set<string>(['day', 'week', 'month', 'year']);

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
  // "earlier that day", "that same week", "later that year": the unit of the date last stated.
  const same =
    /(?<![\w-])(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?<unit>day|week|month|year)(?![\w-])/gi;
  const sameFinder = patternFinder('shift:same', same, (m) => {
    const unit = (m.groups?.unit ?? '').toLowerCase() as ShiftUnit;
    const pending: Pending = { kind: 'shift', amount: 0, unit, textOnly: true };
    return { type: 'DATE', value: '', anchored: false, granularity: unit, pending };
  });
  // "later in the day", "early in the week": TimeML annotates "the day", the one the story is at.
  const within =
    /(?<![\w-])(?:later|earlier|late|early)\s+in\s+(?<span>the\s+(?<unit>day|week|month|year))(?![\w-])/gi;
  const withinFinder = patternFinder('shift:within', within, (m) => {
    const unit = (m.groups?.unit ?? '').toLowerCase() as ShiftUnit;
    const span = m.groups?.span ?? '';
    const pending: Pending = { kind: 'shift', amount: 0, unit };
    const from = m[0].length - span.length;
    return { type: 'DATE', value: '', anchored: false, granularity: unit, pending, from };
  });
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
    if (
      g.dirAfter &&
      /^\s+(?:the|a|an|his|her|their|its|[A-Z]|\w+ing\b)/.test(m.input.slice(m.index + m[0].length))
    ) {
      return undefined;
    }
    const pending: Pending = { kind: 'shift', amount: sign, unit };
    const granularity = unit === 'day' ? 'day' : unit;
    return { type: 'DATE', value: '', anchored: false, granularity, pending };
  });
  return [countedFinder, adjacentFinder, sameFinder, withinFinder];
}
