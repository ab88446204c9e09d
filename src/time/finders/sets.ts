/**
 * Sets (recurring times): "every Friday" → XXXX-WXX-5, "on Fridays" → XXXX-WXX-5, "each year" → P1Y,
 * "every two weeks" → P2W, "twice a week" → P1W, "every morning" → XXXX-XX-XXTMO, "each July" → XXXX-07,
 * "Tuesday nights" → XXXX-WXX-2TNI.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder, quantityGroup, quantityValue } from './common.js';
import { durationValue } from './durations.js';
import { MONTH_NAMES, monthNumber } from './month-names.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function setFinder(tables: Tables): Finder {
  const units = alternation(tables.units.keys());
  const days = WEEKDAYS.join('|');
  const parts = alternation(
    [...tables.partsOfDay.keys()].filter((p) => p !== 'tonight' && p !== 'overnight'),
  );
  const re = new RegExp(
    `(?<![\\w-])(?:(?<every>every|each)\\s+(?:(?<day>${days})|(?<month>${MONTH_NAMES.join('|')})|(?<part>${parts})|(?:${quantityGroup(tables)}\\s+)?(?<unit>${units}))|(?<freq>once|twice|\\w+\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<funit>${units})|(?:on\\s+)?(?<days>(?:${days})s)|(?:on\\s+)?(?<pday>${days})(?:\\s+(?<pparts>${parts})s|(?=\\s+(?:and|or)\\s+(?:${days})\\s+(?<coparts>${parts})s\\b)))(?![\\w-])`,
    'gi',
  );
  return patternFinder('set', re, (m) => {
    const g = m.groups ?? {};
    // "Tuesday nights", and "Monday" in "on Monday and Tuesday nights": the plural part makes both recurring.
    const pluralPart = g.pparts ?? g.coparts;
    if (g.pday && pluralPart) {
      const code = tables.partsOfDay.get(pluralPart.toLowerCase());
      if (!code || !/^[A-Z]/.test(g.pday)) return undefined;
      const weekday = WEEKDAYS.indexOf(g.pday.toLowerCase()) + 1;
      return { type: 'SET', value: `XXXX-WXX-${weekday}T${code}`, anchored: true, granularity: 'hour' };
    }
    const day = g.day ?? (g.days && /^[A-Z]/.test(g.days) ? g.days.slice(0, -1) : undefined);
    if (day)
      return {
        type: 'SET',
        value: `XXXX-WXX-${WEEKDAYS.indexOf(day.toLowerCase()) + 1}`,
        anchored: true,
        granularity: 'day',
      };
    if (g.days) return undefined; // "fridays" in lower case: a name or a typo, not a set
    if (g.month) {
      if (!/^[A-Z]/.test(g.month)) return undefined; // "each may": the modal
      const month = monthNumber(g.month);
      const value = `XXXX-${String(month).padStart(2, '0')}`;
      return { type: 'SET', value, anchored: true, granularity: 'month' };
    }
    const part = g.part ? tables.partsOfDay.get(g.part.toLowerCase()) : undefined;
    if (part) return { type: 'SET', value: `XXXX-XX-XXT${part}`, anchored: true, granularity: 'hour' };
    const unit = tables.units.get((g.unit ?? g.funit ?? '').toLowerCase());
    if (!unit) return undefined;
    const n = g.qty ? quantityValue(g.qty, tables) : 1;
    if (n === undefined) return undefined;
    if (g.every && !g.qty && unit.plural === (g.unit ?? '').toLowerCase()) return undefined; // "every hours"
    return { type: 'SET', value: durationValue(n, unit), anchored: true, granularity: unit.granularity };
  });
}
