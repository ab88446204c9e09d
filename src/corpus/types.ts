/**
 * Types of the corpus layer's story clustering: what goes in (one article at a time) and what comes out.
 */

/**
 * One article as the clusterer sees it: a Doc from the pipeline reduces to this (`articleFromDoc`), and
 * callers without a Doc (feeds, benchmarks) can build it directly.
 */
export interface ArticleRecord {
  id: string;
  text: string;
  title?: string;
  /** ISO 8601 date or date-time; enables the time window. */
  published?: string;
  /** Names of the people, organisations, groups… the article is about, one per mention (repeats count). */
  entities?: readonly string[];
  /** Places the article mentions, one per mention: gazetteer names or ids (repeats count). */
  places?: readonly string[];
  /**
   * Calendar dates the article talks about (TimeML values with a year: `2013-07-21`, `2013-07`, `2013`), one
   * per mention. Unlike `published`, these say when the events happened, and need no metadata.
   */
  dates?: readonly string[];
}

/** The feature channels compared between an article and a story. */
export type Channel = 'text' | 'entities' | 'places' | 'dates';

export const CHANNELS: readonly Channel[] = ['text', 'entities', 'places', 'dates'];

/** A sparse vector: feature key → weight. */
export type SparseVector = Map<string, number>;

/** Where an article went. */
export interface Assignment {
  articleId: string;
  storyId: string;
  /** True when the article started a new story. */
  created: boolean;
  /** Similarity to the story it joined (0 when it started one). */
  score: number;
  /** How many stories were scored exactly (the rest were never looked at). */
  candidatesScored: number;
}

/** A story as reported to callers. */
export interface Story {
  id: string;
  /** Title of its most central article, else that article's first sentence. */
  title: string;
  /** Member article ids in arrival order. */
  articles: string[];
  /** Most mentioned entity names (display form), most frequent first. */
  topEntities: { name: string; count: number }[];
  /** Highest-weighted content words of the centroid. */
  topTerms: string[];
  /** First and last publication dates (`YYYY-MM-DD`) when any member had one. */
  dateRange?: { start: string; end: string };
}
