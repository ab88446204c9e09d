import type { Sentence, Token } from '../../doc/types.js';

/**
 * The words the trained tagger reads, built from the stage's own tokens. The model was trained on
 * CoNLL-2003 (Penn Treebank-style tokens), where a hyphenated word is one token ("Nagorno-Karabakh",
 * "year-old", "1-0"); wink splits it in three, so tokens written with no space around a hyphen between two
 * word characters are joined back. Everything else is the stage's tokenisation as it is.
 */
export interface ModelWords {
  /** Per sentence of the stage, its words in order. */
  words: string[][];
  /** Per sentence, per word: the stage tokens it covers, `[first, end)` (end exclusive). */
  tokens: [number, number][][];
}

const ENDS_IN_WORD_CHAR = /[\p{L}\p{N}]$/u;
const STARTS_WITH_WORD_CHAR = /^[\p{L}\p{N}]/u;

/** True when tokens `at` (a hyphen) and `at + 1` continue the word that ends at token `at - 1`. */
function hyphenJoins(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    hyphen !== undefined &&
    before !== undefined &&
    after !== undefined &&
    hyphen.text === '-' &&
    hyphen.start === before.end &&
    after.start === hyphen.end &&
    after.sentence === before.sentence &&
    ENDS_IN_WORD_CHAR.test(before.text) &&
    STARTS_WITH_WORD_CHAR.test(after.text)
  );
}

export function modelWords(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): ModelWords {
  const words: string[][] = sentences.map(() => []);
  const ranges: [number, number][][] = sentences.map(() => []);
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let end = i + 1;
    while (hyphenJoins(tokens, end)) end += 2;
    words[first.sentence]?.push(end === i + 1 ? first.text : text.slice(first.start, tokens[end - 1]!.end));
    ranges[first.sentence]?.push([i, end]);
    i = end;
  }
  return { words, tokens: ranges };
}
