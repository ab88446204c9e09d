import type { SqlStore } from './sql/sql-store.js';

/**
 * Where analysed articles are kept. Engine-neutral: SQLite and PostgreSQL both extend `SqlStore`
 * (`sql/sql-store.ts`, where each method is described) and a caller sees only its public methods, every
 * one returning a promise (PostgreSQL drivers are asynchronous) even where SQLite answers at once.
 *
 * Each article is written whole or not at all: its row, its normalised entity, mention, quote, place,
 * event and finding rows and its search index entry go in one transaction.
 */
export type Store = Pick<SqlStore, keyof SqlStore>;

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
