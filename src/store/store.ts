import type {
  ArticleCorpus,
  ArticleCorpusEvent,
  CorpusEventDetail,
  CorpusEventFilter,
  CorpusEventListing,
  CorpusStory,
} from './corpus/read-types.js';
import type { Doc } from '../doc/types.js';
import type { SiteArticle } from '../geo/home-region.js';
import type { ErrorFilter, IngestRun, JournalEntry, JournalFailure, JournalPut } from './journal.js';
import type {
  ArticleFilter,
  CorpusNetwork,
  CorpusViewFilter,
  PlaceListing,
  Correction,
  CorrectionInput,
  ArticleListing,
  EntityDetail,
  EntityFilter,
  EntitySummary,
  EventFilter,
  EventListing,
  FindingFilter,
  FindingListing,
  Paged,
  QuoteFilter,
  QuoteListing,
  StoryFilter,
  StoryListing,
} from './queries.js';
import type { WatchStore } from './watch.js';

/**
 * Where analysed articles are kept. Engine-neutral: SQLite implements it now, PostgreSQL later, so every
 * method returns a promise (PostgreSQL drivers are asynchronous) even where SQLite answers at once.
 *
 * Each article is written whole or not at all: its row, its normalised entity, mention, quote, place,
 * event and finding rows and its search index entry go in one transaction.
 */
export interface Store {
  /** Stores a Doc under `doc.id`. The same id again is not stored twice: `inserted` is then false. */
  put(doc: Doc, options?: PutOptions): Promise<PutResult>;
  get(id: string): Promise<Doc | undefined>;
  /** Full-text search over title and text, best match first. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Stored articles, newest publication first. */
  list(page?: Page): Promise<ArticleSummary[]>;
  count(): Promise<number>;
  /** Articles matching every given filter with their layer counts (see `queries.ts` for the matching rules). */
  queryArticles(filter?: ArticleFilter, page?: Page): Promise<Paged<ArticleListing>>;
  /** Entities across articles, grouped by canonical name; most articles first. */
  queryEntities(filter?: EntityFilter, page?: Page): Promise<Paged<EntitySummary>>;
  /** One entity by canonical name (case-insensitive), or undefined when no article names it. */
  getEntity(name: string, options?: { mentionLimit?: number }): Promise<EntityDetail | undefined>;
  queryEvents(filter?: EventFilter, page?: Page): Promise<Paged<EventListing>>;
  /** Quotations that are speech (not scare quotes), optionally by one speaker's canonical name. */
  queryQuotes(filter?: QuoteFilter, page?: Page): Promise<Paged<QuoteListing>>;
  /** Findings in triage order: contradictions and time arithmetic first, estimates last. */
  queryFindings(filter?: FindingFilter, page?: Page): Promise<Paged<FindingListing>>;
  /** Stories the corpus layer stored, largest first, with their articles by title and source. */
  queryStories(filter?: StoryFilter, page?: Page): Promise<Paged<StoryListing>>;
  /** Place names across the articles in view, in most articles first (the corpus map). */
  queryPlaces(filter?: CorpusViewFilter, page?: Page): Promise<Paged<PlaceListing>>;
  /** The `maxNodes` entities in most articles in view and their links (the corpus network). */
  getNetwork(filter?: CorpusViewFilter, maxNodes?: number): Promise<CorpusNetwork>;
  /** Stores a correction an analyst reported; answers it with its id. */
  addCorrection(input: CorrectionInput): Promise<Correction>;
  /** Corrections in the order they were reported, optionally one article's. */
  queryCorrections(filter?: { articleId?: string }, page?: Page): Promise<Paged<Correction>>;
  /** Stories with article counts and top cross-article entities, most articles first (`newsgraph stories`). */
  listCorpusStories(page?: Page): Promise<Paged<CorpusStory>>;
  /** An article's story, duplicate links, corroboration counts and cross-article findings; undefined if unknown. */
  getArticleCorpus(id: string): Promise<ArticleCorpus | undefined>;
  /** Corpus events (one per real event across articles), most recently reported first. */
  queryCorpusEvents(filter?: CorpusEventFilter, page?: Page): Promise<Paged<CorpusEventListing>>;
  /** One corpus event with its mentions; undefined if unknown. */
  getCorpusEvent(id: number): Promise<CorpusEventDetail | undefined>;
  /** The corpus event counts of each of an article's events filed under one, by event index. */
  articleCorpusEvents(id: string): Promise<ArticleCorpusEvent[]>;
  /**
   * The places of the most recent stored articles (`SITE_PLACES_WINDOW`), one entry per article keyed by
   * publication: what `learnHomeRegions` reads to learn each site's home region.
   */
  sitePlaces(): Promise<SiteArticle[]>;
  /** Starts an ingest run in the journal (see `journal.ts`) and returns its id. */
  startIngestRun(args: readonly string[]): Promise<number>;
  /** Marks a run finished (an interrupted run keeps `finishedAt` null). */
  finishIngestRun(run: number): Promise<void>;
  getIngestRun(run: number): Promise<IngestRun | undefined>;
  /** Stores a Doc and its journal row in one transaction: both are written or neither. */
  putIngested(doc: Doc, options: JournalPut): Promise<PutResult>;
  recordIngestFailure(run: number, failure: JournalFailure): Promise<void>;
  /** The latest journal row that says this input is done (stored, duplicate, failed for good), if any. */
  ingestedItem(inputKey: string): Promise<JournalEntry | undefined>;
  /** Journal failures, oldest run first (see `ErrorFilter` for which). */
  ingestErrors(filter?: ErrorFilter, page?: Page): Promise<JournalEntry[]>;
  /** `newsgraph watch`'s state: feeds, items seen, alerts (see `watch.ts`). */
  watch(): WatchStore;
  close(): Promise<void>;
}

export interface PutOptions {
  /** Where the article was read from (a file path), kept for the record; the id does not depend on it. */
  origin?: string;
}

export interface PutResult {
  id: string;
  /** false when an article with this id was already stored (it is left as it was). */
  inserted: boolean;
}

export interface Page {
  /** At most this many rows (default 20, at most 1000). */
  limit?: number;
  offset?: number;
}

/**
 * How a search query is read. `auto` (default): FTS5 syntax (`putin AND summit`, `"exact phrase"`,
 * `title:alaska`, `sanction*`), and when that does not parse, every word as a literal phrase. `fts`: FTS5
 * syntax only, a malformed query is a BAD_ARGUMENT error. `plain`: words only, never operators.
 */
export type QuerySyntax = 'auto' | 'fts' | 'plain';

export interface SearchOptions extends Page {
  syntax?: QuerySyntax;
  /** Put around each matched term in the snippet (default `[` and `]`). */
  highlight?: readonly [string, string];
}

export interface SearchHit {
  id: string;
  title: string | null;
  /** A few words around the best match, matched terms wrapped in the highlight marks. */
  snippet: string;
  published: string | null;
}

export interface ArticleSummary {
  id: string;
  uri: string | null;
  site: string | null;
  title: string | null;
  published: string | null;
  createdAt: string;
}

/** The default database file, in the working directory. */
export const DEFAULT_DB_PATH = './newsgraph.db';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;
