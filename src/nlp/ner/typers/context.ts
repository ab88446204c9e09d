import type { Token } from '../../../doc/types.js';
import type { CueTable } from '../../lexicon/index.js';
import type { RecognizerInput } from '../types.js';
import type { Typer } from './types.js';

/** "the city of Anchorage", "firm Planet Labs": lowercase cue words just before the name. */
export const byWordsBefore: Typer = (c, input) => {
  const label = cueAround(input, input.lexicon.cues.before, c.tokenStart, -1, c.sentence);
  return label ? { label, cue: 'cue-before' } : undefined;
};

/** "the Donetsk region", "the Pankovo test site": lowercase cue words just after the name. */
export const byWordsAfter: Typer = (c, input) => {
  const label = cueAround(input, input.lexicon.cues.after, c.tokenEnd, +1, c.sentence);
  return label ? { label, cue: 'cue-after' } : undefined;
};

/** Apposition: "Novaya Zemlya, a remote archipelago", "Planet Labs, a satellite company". */
const APPOSITION_WINDOW = 4;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

export const byApposition: Typer = (c, input) => {
  const { tokens } = input;
  if (tokens[c.tokenEnd]?.text !== ',' || !ARTICLES.has(tokens[c.tokenEnd + 1]?.text ?? '')) return undefined;
  for (let k = c.tokenEnd + 2; k < Math.min(c.tokenEnd + 2 + APPOSITION_WINDOW, tokens.length); k++) {
    const token = tokens[k]!;
    if (token.sentence !== c.sentence || token.pos === 'PUNCT') return undefined;
    const label = input.lexicon.cues.apposition.labels.get(token.text);
    if (label) return { label, cue: 'apposition' };
  }
  return undefined;
};

/**
 * Longest cue phrase in `table` that ends right before `from` (direction -1) or starts at `from` (+1), all
 * in one sentence and written in lowercase (a capitalised word there would be part of another name).
 */
function cueAround(
  input: RecognizerInput,
  table: CueTable,
  from: number,
  direction: -1 | 1,
  sentence: number,
) {
  const { tokens } = input;
  for (let n = table.words; n >= 1; n--) {
    const first = direction < 0 ? from - n : from;
    const words = tokens.slice(Math.max(first, 0), first + n);
    if (first < 0 || words.length !== n || !words.every((t) => inSentenceLowercase(t, sentence))) continue;
    const label = table.labels.get(words.map((t) => t.text).join(' '));
    if (label) return label;
  }
  return undefined;
}

function inSentenceLowercase(token: Token, sentence: number): boolean {
  return token.sentence === sentence && !/^\p{Lu}/u.test(token.text);
}
