import type { Token } from '../../doc/types.js';
import { isCapitalised } from './words.js';

/**
 * Words written capitalised somewhere other than the first word of a sentence and outside title-case
 * lines: the cheapest evidence that a capitalised sentence-initial word is a name. One pass over tokens.
 */
export function capitalisedInside(tokens: readonly Token[], titleCase: ReadonlySet<number>): Set<string> {
  const seen = new Set<string>();
  let previousSentence = -1;
  let afterPunctuationOnly = true;
  for (const token of tokens) {
    if (token.sentence !== previousSentence) {
      previousSentence = token.sentence;
      afterPunctuationOnly = true;
    }
    const initial = afterPunctuationOnly;
    if (token.pos !== 'PUNCT' && token.pos !== 'SYM') afterPunctuationOnly = false;
    if (!initial && !titleCase.has(token.sentence) && isCapitalised(token.text)) seen.add(token.text);
  }
  return seen;
}
