/**
 * Frequency words that are SETs by themselves (data/time/frequency-adverbs.tsv): "held almost daily" → P1D,
 * "a weekly meeting" → P1W. Lower case only: "Daily Mail", "The Weekly Standard" are names.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

/** The unit a SET value repeats in: PT1H and TNI → hour, P1W → week, else day. */
const granularityOf = (value: string): 'hour' | 'week' | 'day' =>
  /H$|T[A-Z]{2}$/.test(value) ? 'hour' : value.endsWith('W') ? 'week' : 'day';

export function frequencyAdverbFinder(tables: Tables): Finder {
  const re = new RegExp(`(?<![\\w-])(?<word>${alternation(tables.frequencyAdverbs.keys())})(?![\\w-])`, 'g');
  return patternFinder('set:frequency-word', re, (m) => {
    const value = tables.frequencyAdverbs.get(m.groups?.word ?? '');
    if (!value) return undefined;
    return { type: 'SET', value, anchored: true, granularity: granularityOf(value) };
  });
}
