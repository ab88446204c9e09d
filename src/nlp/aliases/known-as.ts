import type { Lexicon } from '../lexicon/index.js';
import type { WorkMention } from './types.js';
import { UnionFind } from './union-find.js';

/** How many names ahead to look: "A, known to NATO as B" has one name ("NATO") between A and B. */
const LOOKAHEAD = 2;

/**
 * "A, known to NATO as B", "A, also known as B", "A (B)": one identity with both names. The text between
 * the two names must match a pattern from `data/nlp/alias-patterns.tsv` as a whole; a parenthesis must close
 * right after B.
 */
export function mergeKnownAs(
  text: string,
  names: readonly WorkMention[],
  lexicon: Lexicon,
  sets: UnionFind,
): void {
  for (let i = 0; i < names.length; i++) {
    const a = names[i]!;
    for (let j = i + 1; j < Math.min(i + 1 + LOOKAHEAD, names.length); j++) {
      const b = names[j]!;
      if (b.sentence !== a.sentence) break;
      const between = text.slice(a.end, b.start);
      const pattern = lexicon.aliasPatterns.find((p) => p.between.test(between));
      if (!pattern) continue;
      if (pattern.rule === 'alias:parenthesis' && text[b.end] !== ')') continue;
      if (!compatible(a, b)) continue;
      sets.union(a.group, b.group);
      b.rule = `${b.rule}+${pattern.rule}`;
      if (a.strong && !b.strong) b.label = a.label;
      if (b.strong && !a.strong) a.label = b.label;
      break;
    }
  }
}

/** A person is not also known as a place: merge only like with like, or a name the rules could not type. */
function compatible(a: WorkMention, b: WorkMention): boolean {
  return (
    a.label === b.label || a.strong === true || b.strong === true || a.label === 'MISC' || b.label === 'MISC'
  );
}
