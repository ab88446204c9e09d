/**
 * Document-level memory for tagging. CoNLL-style news repeats names: "JAPAN" in a capitalised headline or a
 * sentence-initial "Arafat" is easier once we know how the same word is written, and was tagged, elsewhere
 * in the article (Ratinov & Roth 2009's non-local features).
 */
import { casing, type Casing } from './shape.js';
import { sentenceMode, type SentenceMode } from './sentence-view.js';

/**
 * Whether one occurrence is evidence of how a word is normally written: only in mixed-case sentences and,
 * for capitals, not in first position (where everything is capitalised).
 */
export function occurrenceKind(c: Casing, index: number, mode: SentenceMode): 'cap' | 'lower' | undefined {
  if (mode !== 'mixed') return undefined;
  if (c === 'lower') return 'lower';
  if (index > 0 && (c === 'title' || c === 'mixed' || c === 'upper')) return 'cap';
  return undefined;
}

/** Prediction-history slots: O and the four types. */
const HISTORY_TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;

export class NerDocContext {
  /** Lower-cased word → times written capitalised where case carries meaning (not initial, not a headline). */
  private readonly capitalised = new Map<string, number>();
  /** Lower-cased word → times written all lower-case in a mixed-case sentence. */
  private readonly lowerCased = new Map<string, number>();
  /** Lower-cased word → how often each HISTORY_TYPES slot was predicted for it so far. */
  private readonly history = new Map<string, Int32Array>();

  /** `sentences`: every sentence of the document, as tokens. */
  constructor(sentences: readonly (readonly string[])[]) {
    for (const words of sentences) {
      const casings = words.map(casing);
      const mode = sentenceMode(casings);
      if (mode !== 'mixed') continue;
      words.forEach((word, i) => {
        const kind = occurrenceKind(casings[i] ?? 'none', i, mode);
        if (!kind) return;
        const counts = kind === 'cap' ? this.capitalised : this.lowerCased;
        const key = word.toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    }
  }

  /**
   * Two flags as a feature value, `C`apitalised elsewhere and/or `l`ower-cased elsewhere (`-` for neither).
   * `self` is how this occurrence itself counted (occurrenceKind), so it is not its own evidence.
   */
  elsewhere(lower: string, self: 'cap' | 'lower' | undefined): string {
    const cap = (this.capitalised.get(lower) ?? 0) - (self === 'cap' ? 1 : 0) > 0;
    const low = (this.lowerCased.get(lower) ?? 0) - (self === 'lower' ? 1 : 0) > 0;
    return (cap ? 'C' : '') + (low ? 'l' : '') || '-';
  }

  /** The type most often predicted for this word earlier in the document, or undefined if never seen. */
  historyType(lower: string): string | undefined {
    const counts = this.history.get(lower);
    if (!counts) return undefined;
    let best = 0;
    for (let t = 1; t < counts.length; t++) if ((counts[t] ?? 0) > (counts[best] ?? 0)) best = t;
    return HISTORY_TYPES[best];
  }

  /** Records a prediction; `type` is `O` or an entity type. */
  record(lower: string, type: string): void {
    const slot = HISTORY_TYPES.indexOf(type as (typeof HISTORY_TYPES)[number]);
    if (slot < 0) return;
    let counts = this.history.get(lower);
    if (!counts) this.history.set(lower, (counts = new Int32Array(HISTORY_TYPES.length)));
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
}
