/** Per-token facts computed once per sentence and shared by every feature template. */
import type { Gazetteer } from './gazetteer.js';
import { casing, longShape, shortShape, type Casing } from './shape.js';
import type { WordClusters } from './word-clusters.js';

/** `upper`: no lower-case letters (a headline); `lower`: no upper-case letters; else `mixed`. */
export type SentenceMode = 'upper' | 'lower' | 'mixed';

export interface SentenceView {
  words: readonly string[];
  lower: string[];
  longShapes: string[];
  shortShapes: string[];
  casings: Casing[];
  /** Sentence-initial, or right after an opening quote or bracket (capitalised for reasons of syntax). */
  initial: boolean[];
  gazetteer: string[][];
  /** Word cluster ids (word-clusters.ts), coarse to fine; undefined where the table lacks the word. */
  clusters: (readonly string[] | undefined)[];
  mode: SentenceMode;
}

/** Tokens after which a capital letter is syntax, not a name: opening quotes, brackets, dashes. */
export const OPENERS: ReadonlySet<string> = new Set(['"', '``', "'", '(', '[', '“', '‘', '-', '--', ':']);

export function sentenceMode(casings: readonly Casing[]): SentenceMode {
  let upper = 0;
  let lower = 0;
  for (const c of casings) {
    if (c === 'lower' || c === 'mixed') lower++;
    else if (c === 'upper' || c === 'title') upper++;
  }
  if (lower === 0 && upper > 0) return 'upper';
  if (upper === 0 && lower > 0) return 'lower';
  return 'mixed';
}

export function viewSentence(
  words: readonly string[],
  gazetteer: Gazetteer,
  clusters?: WordClusters,
): SentenceView {
  const lower = words.map((w) => w.toLowerCase());
  const casings = words.map(casing);
  return {
    words,
    lower,
    longShapes: words.map(longShape),
    shortShapes: words.map(shortShape),
    casings,
    initial: words.map((_, i) => i === 0 || OPENERS.has(words[i - 1] ?? '')),
    gazetteer: gazetteer.match(lower),
    clusters: lower.map((w) => clusters?.of(w)),
    mode: sentenceMode(casings),
  };
}
