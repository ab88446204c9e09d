/** Vague references from data/time/vague-refs.tsv: "now", "currently" → PRESENT_REF, "recently" → PAST_REF. */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

export function vagueFinder(tables: Tables): Finder {
  const byPhrase = new Map(tables.vague.map((v) => [v.phrase, v]));
  // "as soon as" is a conjunction, "just now"/"now that" are fine as PRESENT_REF but "now-defunct" is not.
  const re = new RegExp(
    `(?<![\\w-])(?<!\\bas\\s)(?<phrase>${alternation(byPhrase.keys())})(?![\\w-])(?!\\s+as\\b)`,
    'gi',
  );
  return patternFinder('vague', re, (m) => {
    const row = byPhrase.get((m.groups?.phrase ?? '').toLowerCase().replace(/\s+/g, ' '));
    if (!row) return undefined;
    return {
      type: 'DATE',
      value: row.value,
      anchored: true,
      ...(row.granularity ? { granularity: row.granularity } : {}),
    };
  });
}
