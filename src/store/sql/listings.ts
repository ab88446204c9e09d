import type { Bounds } from '../page.js';
import type { Paged } from '../queries.js';
import { corpusStories } from './corpus-read.js';
import type { Db } from './db.js';
import type { SqlDialect } from './dialect.js';
import { queryArticles } from './queries/articles.js';
import { queryCorrections } from './queries/corrections.js';
import { queryCorpusEvents } from './queries/corpus-events.js';
import { queryPlaces } from './queries/corpus-views.js';
import { queryEntities } from './queries/entities.js';
import { queryEvents } from './queries/events.js';
import { queryFindings, queryQuotes, queryStories } from './queries/layers.js';

/** A paged listing: one page of the rows matching a filter, and how many match in all. */
export type Listing<F, R> = (db: Db, dialect: SqlDialect, filter: F, page: Bounds) => Promise<Paged<R>>;

/**
 * Every paged listing a caller hands `Store.query` (`store.query(listings.events, { type: 'CONSULT' })`),
 * each described where it is written; the filters and rows are the types in `queries.ts` and
 * `corpus/read-types.ts`.
 */
export const listings = {
  articles: queryArticles,
  entities: queryEntities,
  events: queryEvents,
  quotes: queryQuotes,
  findings: queryFindings,
  stories: queryStories,
  places: queryPlaces,
  corpusEvents: queryCorpusEvents,
  /** Stories with article counts and top cross-article entities, most articles first (`newsgraph stories`). */
  corpusStories: (db: Db, dialect: SqlDialect, _filter: object, page: Bounds) =>
    corpusStories(db, dialect, page),
  corrections: (db: Db, _dialect: SqlDialect, filter: { articleId?: string }, page: Bounds) =>
    queryCorrections(db, filter, page),
} satisfies Record<string, Listing<never, unknown>>;
