import type { TextSpan } from '../../doc/types.js';
import type { DuplicateDiff, DuplicateKind } from '../../corpus/diff.js';
import type { ArticleNamed } from '../queries.js';

/** A stored story as listed by `newsgraph stories`. */
export interface CorpusStory {
  id: string;
  title: string;
  /** Member articles, copies included. */
  articleCount: number;
  /** Members that are copies of another member. */
  duplicateCount: number;
  from?: string;
  to?: string;
  /** Corpus entities named by most (non-copy) member articles, most first. */
  topEntities: { name: string; type: string; articles: number }[];
  /** Events reported by most (non-copy) member articles: PLOVER type, actors' names, how many articles. */
  topEvents: { type: string; cameo: string; source?: string; target?: string; articles: number }[];
}

/** What the corpus knows about one article. */
export interface ArticleCorpus {
  story?: { id: string; title: string; articleCount: number };
  /** The canonical article this one copies. */
  duplicateOf?: { id: string; kind: DuplicateKind; similarity: number; diff: DuplicateDiff };
  /** Later articles that copy this one. */
  duplicates: { id: string; kind: DuplicateKind; similarity: number }[];
  /** Independent sources reporting each of the article's events and quotes (1: only this article). */
  corroboration: { kind: 'event' | 'quote'; idx: number; sources: number }[];
  /** Cross-article contradictions involving the article, with both articles' spans. */
  findings: { kind: string; rule: string; message: string; spans: (TextSpan & { articleId: string })[] }[];
}

/** Filters of the corpus event listing; every one given must hold. */
export interface CorpusEventFilter {
  /** PLOVER type, e.g. CONSULT (case-insensitive). */
  type?: string;
  /** Source or target: its name (case-insensitive, exact) or its CAMEO actor code. */
  actor?: string;
  /** The place's ISO 3166-1 alpha-2 country, or an actor's CAMEO country code (RUS, USA). */
  country?: string;
  /** Events reported on or after this day (ISO date; a date-time counts by its date). */
  from?: string;
  /** Events reported on or before this day. */
  to?: string;
  story?: string;
}

/** One side of a corpus event. */
export interface CorpusEventActor {
  name: string;
  /** CAMEO actor code at the first report's date (RUSGOV). */
  code?: string;
  country?: string;
}

/** One real event across articles (GDELT's Events row), with how many mentions, articles and sources. */
export interface CorpusEventListing {
  id: number;
  storyId: string;
  type: string;
  cameo: string;
  code?: string;
  negated: boolean;
  source?: CorpusEventActor;
  target?: CorpusEventActor;
  /** First and last day reported (YYYY-MM-DD). */
  from?: string;
  to?: string;
  place?: { name: string; country?: string; lat: number; lon: number };
  goldstein?: number;
  quadClass?: number;
  /** Reports of it, one per article event (an article may report it twice). */
  numMentions: number;
  numArticles: number;
  /** Independent sources: distinct outlets, a near-duplicate counting as its original's. */
  numSources: number;
}

/** One report of a corpus event (GDELT's Mentions row): the article and the spans that say it. */
export interface CorpusEventMention extends ArticleNamed {
  articleId: string;
  published?: string;
  /** The event's index in its article's `events`. */
  idx: number;
  /** The independent source it counts as. */
  outlet: string;
  day?: string;
  start: number;
  end: number;
  text: string;
  cue: string;
  sentence: TextSpan;
}

export interface CorpusEventDetail extends CorpusEventListing {
  mentions: CorpusEventMention[];
}

/** An article event's corpus event counts (what the GDELT export writes as NumMentions and the rest). */
export interface ArticleCorpusEvent extends Pick<
  CorpusEventListing,
  'numMentions' | 'numArticles' | 'numSources'
> {
  /** The event's index in its article. */
  idx: number;
}
