import { CLAUSE_ENDERS } from './lexicon.js';
import type { SentenceView } from './types.js';

const FINAL_PUNCT = /^[.!?;:…]+$/u;

/**
 * Words `[from, to]` of a reported clause that starts at word `from`: up to the sentence end, or up to a
 * comma that opens a concessive clause ("…, though details remain vague") or a participle that is a cue
 * of its own ("…, suggesting ‘some swapping’"). Trailing punctuation is left out.
 */
export function clauseEnd(view: SentenceView, from: number): number {
  const { words } = view;
  let to = words.length - 1;
  for (let i = from + 1; i < words.length - 1; i++) {
    if (words[i]!.text === ';') {
      to = i - 1;
      break;
    }
    if (words[i]!.text !== ',' || words[i]!.quoted) continue;
    const next = words[i + 1]!;
    const participleCue = next.lower.endsWith('ing') && view.cues.some((c) => c.first === i + 1);
    if (CLAUSE_ENDERS.has(next.lower) || participleCue) {
      to = i - 1;
      break;
    }
  }
  while (to > from && (FINAL_PUNCT.test(words[to]!.text) || words[to]!.text === ',')) to--;
  return to;
}
