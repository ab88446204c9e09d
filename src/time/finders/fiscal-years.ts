/**
 * Accounting years of earnings news. "For the year ended Sept. 30", "in the fiscal year ending June 30, 1990":
 * the year is the twelve months up to the date that follows (TimeBank: DURATION P1Y; the date is its own
 * timex). "For the full year", "a high for the year" are the current year, as results and forecasts use it
 * (TimeBank annotates 14 of 15 uses of "the year"), and so is "the fiscal year" alone; "the year before" and
 * "the year of …" are left to others, but not "a high for the year of $42.875", where a sum follows.
 */
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

export function fiscalYearFinders(): Finder[] {
  const ended = /(?<![\w-])(?:the|its|their)\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)/gi;
  const full =
    /(?<![\w-])the\s+(?:full\s+|fiscal\s+)?year(?![\w-])(?!\s+(?:of(?!\s+[$#£€\d])|to|ended|ending|before|after|earlier|ago|in\s+which|when|that|two|nineteen)\b|['’-])/gi;
  return [
    patternFinder('fiscal-year:ended', ended, () => ({
      type: 'DURATION',
      value: 'P1Y',
      anchored: true,
      granularity: 'year',
    })),
    patternFinder('fiscal-year:full', full, (_m, env) =>
      env.anchor
        ? { type: 'DATE', value: String(env.anchor.year), anchored: true, granularity: 'year' }
        : { type: 'DATE', value: 'XXXX', anchored: false, granularity: 'year' },
    ),
  ];
}
