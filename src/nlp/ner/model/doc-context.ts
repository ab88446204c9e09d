/**
 * Document-level memory for tagging. CoNLL-style news repeats names: "JAPAN" in a capitalised headline or a
 * sentence-initial "Arafat" is easier once we know how the same word is written, and was tagged, elsewhere
 * in the article (Ratinov & Roth 2009's non-local features).
 */
import { casing as casingOf, type Casing } from './shape.js';
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
export const HISTORY_TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;

/** Values of the `elsewhere` flags, indexed by `elsewhereCode` (bit 1: capitalised, bit 2: lower-cased). */
export const ELSEWHERE_VALUES = ['-', 'C', 'l', 'Cl'] as const;

export class NerDocContext {
  /** Lower-cased word → times written capitalised where case carries meaning (not initial, not a headline). */
  private readonly capitalised = new Map<string, number>();
  /** Lower-cased word → times written all lower-case in a mixed-case sentence. */
  private readonly lowerCased = new Map<string, number>();
  /** Lower-cased word → how often each HISTORY_TYPES slot was predicted for it so far. */
  private readonly history = new Map<string, Int32Array>();

  /**
   * `sentences`: every sentence of the document, as tokens. `casing` may be a cached version of
   * shape.ts's `casing` (the tagger passes its per-word cache); it must give the same answers.
   */
  constructor(sentences: readonly (readonly string[])[], casing: (word: string) => Casing = casingOf) {
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
    return ELSEWHERE_VALUES[this.elsewhereCode(lower, self)] ?? '-';
  }

  /** `elsewhere` as an index into ELSEWHERE_VALUES (what the tagger's feature tables are keyed by). */
  elsewhereCode(lower: string, self: 'cap' | 'lower' | undefined): number {
    const cap = (this.capitalised.get(lower) ?? 0) - (self === 'cap' ? 1 : 0) > 0;
    const low = (this.lowerCased.get(lower) ?? 0) - (self === 'lower' ? 1 : 0) > 0;
    return (cap ? 1 : 0) + (low ? 2 : 0);
  }

  /** The type most often predicted for this word earlier in the document, or undefined if never seen. */
  historyType(lower: string): string | undefined {
    return HISTORY_TYPES[this.historySlot(lower)];
  }

  /** `historyType` as an index into HISTORY_TYPES, or -1 if the word was never tagged. */
  historySlot(lower: string): number {
    const counts = this.history.get(lower);
    if (!counts) return -1;
    let best = 0;
    for (let t = 1; t < counts.length; t++) if ((counts[t] ?? 0) > (counts[best] ?? 0)) best = t;
    return best;
  }

  /** Records a prediction; `type` is `O` or an entity type. */
  record(lower: string, type: string): void {
    this.recordSlot(lower, HISTORY_TYPES.indexOf(type as (typeof HISTORY_TYPES)[number]));
  }

  /** `record` with the type as an index into HISTORY_TYPES (ignored if out of range). */
  recordSlot(lower: string, slot: number): void {
    if (slot < 0 || slot >= HISTORY_TYPES.length) return;
    let counts = this.history.get(lower);
    if (!counts) this.history.set(lower, (counts = new Int32Array(HISTORY_TYPES.length)));
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
}
