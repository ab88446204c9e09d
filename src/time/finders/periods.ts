/**
 * References to the reporting period under discussion, as earnings news writes them: "the quarter", "the
 * latest quarter", "the year-earlier period", "year-ago profit". Their values come from the quarter named
 * before them (refiners/reporting-period.ts). "The year-earlier nine months" is left to the duration it
 * names (TimeBank: P9M). A bare "the period" or "the quarter" with none is dropped there, so "the period of
 * mourning" or "residents of the quarter" name nothing.
 */
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

const MODIFIERS =
  '(?:latest|most\\s+recent|just-(?:ended|completed)|comparable|fiscal|year-earlier|year-ago)';

export function periodFinders(): Finder[] {
  const noun = new RegExp(
    `(?<![\\w-])(?:the|its|their)\\s+(?:(?<year>1[5-9]\\d\\d|20\\d\\d)\\s+)?(?<mods>(?:${MODIFIERS}\\s+)*)(?<noun>quarter|period)(?![\\w-])(?!\\s+of\\b)`,
    'gi',
  );
  const adjective =
    /(?<![\w-])(?<adj>year-earlier|year-ago)(?![\w-])(?!\s+(?:\w+\s+)?(?:quarter|period|months|weeks|years)\b)/gi;
  const nounFinder = patternFinder('period', noun, (m) => {
    const mods = (m.groups?.mods ?? '').toLowerCase();
    const yearsBack = /year-(?:earlier|ago)/.test(mods) ? 1 : 0;
    // "the latest quarter", "the latest period": the quarter just reported, even with none named before.
    const latest = /latest|recent|just-/.test(mods);
    const year = m.groups?.year ? Number(m.groups.year) : undefined;
    return {
      type: 'DATE',
      value: '',
      anchored: false,
      granularity: 'month',
      pending: { kind: 'period', yearsBack, latest, ...(year ? { year } : {}) },
    };
  });
  const adjectiveFinder = patternFinder('period:adjective', adjective, () => ({
    type: 'DATE',
    value: '',
    anchored: false,
    granularity: 'month',
    pending: { kind: 'period', yearsBack: 1, latest: false },
  }));
  return [nounFinder, adjectiveFinder];
}
