import type { Channel } from './types.js';

/** Every knob of the story clusterer, in one place. */
export interface StoryClusterConfig {
  /** An article joins the best-scoring story when its similarity reaches this; else it starts a new story. */
  threshold: number;
  /**
   * How much each channel counts in the similarity (a weighted mean of per-channel cosines). Channels the
   * article has no feature for drop out and the others are renormalised, so a bare-text record is scored on
   * text alone rather than being penalised for lacking entities.
   */
  weights: Record<Channel, number>;
  /**
   * Articles published more than this many days outside a story's date range never join it (only applies
   * when both dates are known). News stories are short-lived; a later follow-up beyond the window starts anew.
   */
  timeWindowDays: number;
  /**
   * Weight of the background table (data/corpus/background-frequency.tsv), in pseudo-documents: IDF is
   * log((N + B) / (df + B·p(w) + 1)) with p(w) the background chance that a document contains w. With B
   * large, early articles get sensible IDF before the corpus has taught anything; as N grows the corpus wins.
   */
  backgroundDocuments: number;
  /** Typical article length in tokens, to turn a background word frequency into a document probability. */
  backgroundDocLength: number;
  /** Only this many highest-weighted terms of an article enter its vector (memory and speed; the tail is noise). */
  maxTermsPerArticle: number;
  /** A story centroid is pruned back to its heaviest terms when it grows past this. */
  maxCentroidTerms: number;
  /** An article's heaviest terms under which its story is indexed, and which it looks up as a query. */
  indexTermsPerArticle: number;
  /** Each index key remembers at most this many stories (the most recent): bounds the cost of a lookup. */
  maxPostings: number;
  /** Only this many candidate stories (those sharing most index keys) are scored exactly. */
  maxCandidates: number;
}

/**
 * Defaults. Tuned on the ECB+ dev file (bench/stories.ts): only `threshold` and `weights.entities` were
 * tuned; the rest are set by reasoning (sizes for speed and memory, a 3-day window as in TDT practice).
 */
export const DEFAULT_STORY_CONFIG: Readonly<StoryClusterConfig> = {
  threshold: 0.3,
  weights: { text: 0.6, entities: 0.1, places: 0.05, dates: 0.1 },
  timeWindowDays: 3,
  backgroundDocuments: 1000,
  backgroundDocLength: 400,
  maxTermsPerArticle: 200,
  maxCentroidTerms: 500,
  indexTermsPerArticle: 12,
  maxPostings: 200,
  maxCandidates: 40,
};

/** Defaults overridden by `partial` (weights merged key by key). */
export function storyConfig(partial: Partial<StoryClusterConfig> = {}): StoryClusterConfig {
  return {
    ...DEFAULT_STORY_CONFIG,
    ...partial,
    weights: { ...DEFAULT_STORY_CONFIG.weights, ...(partial.weights ?? {}) },
  };
}
