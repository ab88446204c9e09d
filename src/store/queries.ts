import type { TextSpan } from '../doc/types.js';

/**
 * Read-side queries over the normalised layer rows (what the HTTP API and the dashboard list). Names are
 * matched case-insensitively and exactly: `entity: 'vladimir putin'` finds the canonical name "Vladimir
 * Putin", not its alias "Putin". Dates are ISO 8601 (`2025-08-14` or a date-time with offset); a bare
 * `to` date includes that whole day (UTC).
 */

/** One page of a query's rows and how many rows the query has in all. */
export interface Paged<T> {
  items: T[];
  total: number;
}

export interface DateRange {
  from?: string;
  to?: string;
}

/** Filters every layer listing shares: the article's site and story, and a date range. */
export interface ArticleScope extends DateRange {
  site?: string;
  /** Articles of this story (its id, e.g. `s12`). */
  story?: string;
}

export interface ArticleFilter extends ArticleScope {
  /** Full-text query over title and text (read as `QuerySyntax` `auto`); best match first when given. */
  q?: string;
  /** Articles with an entity of this canonical name. */
  entity?: string;
  /** Articles that name a place resolved to this gazetteer name. */
  place?: string;
}

export interface LayerCounts {
  entities: number;
  /** Quotations that are speech (scare quotes are not counted). */
  quotes: number;
  places: number;
  events: number;
  findings: number;
}

/** Where an article came from: its URL, else the file path ingest was given (relative to where it ran). */
export interface ArticleNamed {
  articleTitle?: string;
  articleSource?: string;
}

export interface ArticleListing extends ArticleReference {
  site?: string;
  /** With `q`: words around the best match, matched terms in [brackets]; else the start of the text. */
  snippet?: string;
  counts: LayerCounts;
}

export interface EntityFilter {
  /** Part of the canonical name (case-insensitive substring). */
  q?: string;
  type?: string;
}

/** An entity across the corpus: every article's entity with this canonical name (case-insensitive). */
export interface EntitySummary {
  name: string;
  /** The type most articles give it. */
  type: string;
  articles: number;
  mentions: number;
}

export interface EntityMention extends TextSpan {
  articleId: string;
  /** The text of the sentence the mention is in. */
  sentence: string;
}

export interface EntityDetail {
  name: string;
  type: string;
  /** Every article naming it, newest first. */
  articles: ArticleReference[];
  /** Its mentions, newest article first then in text order, at most `mentionLimit` of them. */
  mentions: EntityMention[];
  /** How many mentions there are in all (more than `mentions.length` when capped). */
  mentionsTotal: number;
  /** Other surface forms the articles used for it, most used first. */
  aliases: string[];
  /** Roles the articles gave it ("prime minister"), most used first. */
  roles: string[];
  /** The knowledge-base identity most of its recent articles linked it to, with its CAMEO actor codes. */
  kb?: { id: string; name: string; codes: string[] };
  /** Entities named in the same articles, most shared articles first (at most 20). */
  coOccurring: CoEntity[];
}

/** An article as a list names it: by title and source, linking to it by id. */
export interface ArticleReference {
  id: string;
  title?: string;
  /** Its URL, else the file path it was ingested from. */
  source?: string;
  published?: string;
}

export interface EventFilter extends ArticleScope {
  /** PLOVER type, e.g. CONSULT. */
  type?: string;
  /** Source or target entity name. */
  actor?: string;
  place?: string;
}

/**
 * An event with its actors, place and time as names and values. `from`/`to` filter on the event's time
 * when it is a calendar date, else on the article's publication date.
 */
export interface EventListing extends ArticleNamed {
  articleId: string;
  /** The article's publication date, for events without a time of their own. */
  published?: string;
  type: string;
  mode?: string;
  cameo: string;
  source?: string;
  target?: string;
  start: number;
  end: number;
  text: string;
  /** The cue word or phrase. */
  cue: string;
  /** TimeML value of the event's time expression. */
  time?: string;
  place?: string;
  /** The place's position (WGS84), when the event has a place. */
  lat?: number;
  lon?: number;
  negated: boolean;
  hypothetical: boolean;
}

export interface QuoteFilter extends ArticleScope {
  /** Canonical name of the speaker. */
  speaker?: string;
}

export interface QuoteListing extends TextSpan, ArticleNamed {
  articleId: string;
  kind: 'direct' | 'indirect';
  /** Canonical name of the speaker, when attributed. */
  speaker?: string;
}

export interface FindingFilter extends ArticleScope {
  kind?: string;
}

/** Findings in triage order: contradictions, then time arithmetic, then the rest (estimates last). */
export const FINDING_KIND_ORDER = ['contradiction', 'time-arithmetic', 'number', 'estimate'] as const;

export interface FindingListing extends ArticleNamed {
  articleId: string;
  kind: string;
  message: string;
  spans: TextSpan[];
}

export interface StoryFilter {
  /** One story by id (`s12`). */
  id?: string;
  /** Stories with an article naming an entity of this canonical name. */
  entity?: string;
}

/** A story; largest first (then by number: s2 before s10). */
export interface StoryListing {
  id: string;
  title: string;
  /** Member article ids, newest first. */
  articles: string[];
  /** The member articles by title and source, newest first. */
  members: ArticleReference[];
  from?: string;
  to?: string;
}

/** What the corpus map and network draw from: articles in scope, optionally those naming one entity. */
export interface CorpusViewFilter extends ArticleScope {
  /** Articles with an entity of this canonical name. */
  entity?: string;
}

/** A place name across articles (case-insensitive), where most of its mentions resolved to. */
export interface PlaceListing {
  name: string;
  country?: string;
  lat: number;
  lon: number;
  mentions: number;
  /** Articles naming it: what `ArticleFilter.place` with this name lists. */
  articles: number;
}

/** The entity network over a corpus: the most-named entities and how often they meet. */
export interface CorpusNetwork {
  nodes: { id: string; name: string; type: string; articles: number; mentions: number }[];
  /** `articles`: named in the same article (weight = articles); `event`: source and target of events. */
  links: { source: string; target: string; weight: number; kinds: ('article' | 'event')[] }[];
}

/** An entity named in the same articles as another, with how many articles they share. */
export interface CoEntity {
  name: string;
  type: string;
  articles: number;
}

/** Nodes of the corpus network unless told otherwise, and at most. */
export const DEFAULT_NETWORK_NODES = 40;
export const MAX_NETWORK_NODES = 200;

/** Mentions returned by `getEntity` unless told otherwise, and at most. */
export const DEFAULT_MENTION_LIMIT = 100;
export const MAX_MENTION_LIMIT = 1000;

/** A mistake an analyst reported on one annotation ("report a mistake" in the dashboard). */
export interface CorrectionInput {
  articleId: string;
  /** The annotation's kind: quote, entity, place, event, time, finding, speaker… */
  kind: string;
  start: number;
  end: number;
  /** The annotated text, as the analyst saw it. */
  text: string;
  /** What the annotation said (its label, speaker or place), when it said something. */
  label?: string;
  /** What is wrong, in the analyst's words. */
  note: string;
}

export interface Correction extends CorrectionInput {
  id: number;
  createdAt: string;
}
