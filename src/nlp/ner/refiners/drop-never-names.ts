import type { Refiner } from '../types.js';

/**
 * Drops every candidate that overlaps a stretch of text that is never a name (`data/nlp/never-names.tsv`):
 * "R-S" and "C.)" of "(R-S.C.)", "R-Wis" of ", R-Wis.,". Whoever proposed it, model or rules.
 */
export const dropNeverNames: Refiner = (candidates, { text, lexicon }) => {
  const stretches: [number, number][] = [];
  for (const pattern of lexicon.neverNames)
    for (const m of text.matchAll(pattern)) stretches.push([m.index, m.index + m[0].length]);
  if (stretches.length === 0) return candidates;
  return candidates.filter((c) => !stretches.some(([s, e]) => c.start < e && s < c.end));
};
