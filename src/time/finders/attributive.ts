/**
 * "the current weakness", "a recent filing": an adjective that places its noun in the present or the past
 * (data/time/attributive-refs.tsv), taken alone as a PRESENT_REF / PAST_REF date, as TimeBank annotates it.
 * Only before a lower-case word: "Current Affairs" and a sentence-final "recent" are left alone.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

export function attributiveFinder(tables: Tables): Finder {
  const rows = new Map(tables.attributive.map((r) => [r.word, r]));
  const re = new RegExp(
    `(?<![\\w-])(?<!\\bthen\\s)(?<word>${alternation(rows.keys())})(?=\\s+(?:and\\s+\\w+\\s+)?(?<next>[a-z][\\w-]*))`,
    'gi',
  );
  return patternFinder('attributive', re, (m) => {
    const row = rows.get((m.groups?.word ?? '').toLowerCase());
    if (!row || row.notBefore.has((m.groups?.next ?? '').toLowerCase())) return undefined;
    return { type: 'DATE', value: row.value, anchored: true };
  });
}
