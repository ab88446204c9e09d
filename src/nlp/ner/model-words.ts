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
  joinListNumbers(text, tokens, sentences, words, ranges);
  return { words, tokens: ranges };
}

const LIST_NUMBER = /^\d{1,3}$/;

/**
 * A list item's number ("6." before "Larbi El Khattabi ( Morocco ) 8:17.29") is cut off by the sentence
 * splitter as a sentence of its own. The tagger learnt from CoNLL, where "6." is the item's first word and
 * tells it a ranked name follows; alone, the item reads like a headline (names typed ORG). So a sentence that
 * is only a number and its full stop, with its item on the same line, is read as the item's first word.
 */
function joinListNumbers(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  words: string[][],
  ranges: [number, number][][],
): void {
  for (let s = 0; s + 1 < sentences.length; s++) {
    const own = ranges[s]!;
    const next = ranges[s + 1]!;
    if (own.length !== 2 || next.length === 0) continue;
    const number = tokens[own[0]![0]]!;
    const stop = tokens[own[1]![0]]!;
    const item = tokens[next[0]![0]]!;
    if (!LIST_NUMBER.test(number.text) || stop.text !== '.' || stop.start !== number.end) continue;
    if (text.slice(stop.end, item.start).includes('\n')) continue;
    words[s + 1] = [`${number.text}.`, ...words[s + 1]!];
    ranges[s + 1] = [[own[0]![0], own[1]![1]], ...next];
    words[s] = [];
    ranges[s] = [];
  }
}
