/** Vague references from data/time/vague-refs.tsv: "now", "currently" → PRESENT_REF, "recently" → PAST_REF. */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

export function vagueFinder(tables: Tables): Finder {
  const byPhrase = new Map(tables.vague.map((v) => [v.phrase, v]));
  // "as soon as" and "(as) soon as" are conjunctions ("in coming months as …" is not); "just now"/"now that" are
  // fine as PRESENT_REF but "now-defunct" is not.
  const re = new RegExp(
    `(?<![\\w-])(?<!\\bas\\s)(?<phrase>${alternation(byPhrase.keys())})(?![\\w-])(?!(?<=\\b(?:soon|now))\\s+as\\b)`,
    'gi',
  );
  return patternFinder('vague', re, (m) => {
    const row = byPhrase.get((m.groups?.phrase ?? '').toLowerCase().replace(/\s+/g, ' '));
    if (!row) return undefined;
    // "Now, he says, …" opening a sentence is a discourse marker (TimeBank leaves it unannotated).
    const opening = m.input.slice(0, m.index).trim() === '' || /["“'‘`]\s*$/.test(m.input.slice(0, m.index));
    const after = m.input.slice(m.index + m[0].length);
    if (row.phrase === 'now' && opening && /^,/.test(after)) return undefined;
    // "killed soon after", "he was soon released", "that soon became a flood": a sequence in a past story,
    // not a reference to the future.
    const before = m.input.slice(Math.max(0, m.index - 6), m.index);
    if (
      row.phrase === 'soon' &&
      (/^\s+(?:after|afterwards|thereafter|before|became|\w+ed)\b/i.test(after) ||
        /\b(?:was|were)\s+$/i.test(before))
    )
      return undefined;
    return {
      type: 'DATE',
      value: row.value,
      anchored: true,
      ...(row.granularity ? { granularity: row.granularity } : {}),
    };
  });
}
