import type { Doc } from '../../doc/types.js';
import type { QuerySyntax } from '../store.js';
import type { Db, Sql } from './db.js';

/** How the articles matching a search are selected, ranked and quoted (FTS5 or tsvector). */
export interface SearchMode {
  /** Tables to select from, `articles a` among them. */
  from: Sql;
  /** The condition that the article matches. */
  match: Sql;
  /** Best match first. */
  order: Sql;
  /** A few words around the best match, terms wrapped in the marks. */
  snippet: Sql;
}

/**
 * What differs between the engines' SQL, named for what it is; every query is written once over these.
 * `sqlite/dialect.ts` and `postgres/dialect.ts` implement it.
 */
export interface SqlDialect {
  /** `a = b` ignoring case (SQLite's NOCASE collation, PostgreSQL's `lower()`: each has its index). */
  sameText(a: Sql, b: Sql | string): Sql;
  /** The grouping key of a name ignoring case. */
  caseless(expr: Sql): Sql;
  /** `expr` compared byte by byte (what `min(name)` picks among spellings). */
  binary(expr: Sql): Sql;
  /** `expr LIKE pattern` ignoring case, `\` escaping. */
  likeCaseless(expr: Sql, pattern: string): Sql;
  /** An article's publication instant (`a` is the article), comparable with `instant()`. */
  published: Sql;
  /** An event's instant: its time expression (`tx`) when a calendar date, else its article's publication. */
  eventInstant: Sql;
  /** An ISO instant (`shared/instant.ts`) as a value comparable with `published`; null matches nothing. */
  instant(iso: string | null): Sql;
  /** A JSON array of `expr` over `from` (a subquery's body), ordered by `expr`. */
  jsonArray(expr: Sql, from: Sql): Sql;
  /** The member `key` of the JSON column `column`. */
  jsonMember(column: Sql, key: string): Sql;
  /** The order rows of table `alias` were inserted in (SQLite's rowid, PostgreSQL's `seq` column). */
  insertOrder(alias: string): Sql;
  /** True when the JSON array of spans `spans` has one of article `articleId`. */
  spansName(spans: Sql, articleId: string): Sql;
  /**
   * The order articles entered the corpus (`corpus_records r` of `articles a`): commit order, as the corpus
   * lock orders it (SQLite: the article's `seq`, every write being one at a time; PostgreSQL: `corpus_seq`).
   */
  corpusOrder: Sql;
  /** Opens a write transaction (SQLite takes its one write lock at BEGIN, not on the first write). */
  beginWrite: string;
  /**
   * Taken before an article's corpus update, for the rest of its transaction, when the write transaction
   * does not already exclude other writers (PostgreSQL: an advisory lock, so processes insert in parallel).
   */
  corpusLock?: Sql;
  /**
   * The ids of the articles in the LSH buckets `keys` ([band, hash] pairs), at most `perBucket` of each (a
   * subquery's body). SQLite: one indexed probe per band joined by UNION; PostgreSQL plans that 20-way union
   * slowly (2.6–5 ms against 0.5–1 ms), so it probes every band from two arrays with a LATERAL join.
   */
  bucketMembers(keys: readonly (readonly [number, number])[], perBucket: number): Sql;
  /**
   * A FROM item reading rows of `table` from the JSON array bound to parameter `parameter` (PostgreSQL, where
   * a statement is a round trip: `sql/insert.ts` writes many rows and tables in one). Absent: one prepared
   * insert per row (SQLite).
   */
  rowsFromJson?(table: string, parameter: number): string;
  /**
   * `expr` is one of `values`, in a statement text that does not change with their number (SQLite keeps one
   * prepared statement per text; PostgreSQL parses a long IN list anew each time).
   */
  oneOf(expr: Sql, values: readonly (string | number)[]): Sql;
  /**
   * The corpus order (`corpusOrder`) of the `corpus_records` row an `INSERT … RETURNING` wrote, so the
   * recorder need not read its own row back.
   */
  recordedOrder: string;
  /** PostgreSQL also keeps ISO dates as instants (`articles.published_at`, `timexes.value_at`). */
  keepsInstants: boolean;
  /** `doc` as this engine can store it, given its JSON (PostgreSQL refuses U+0000 and lone surrogates). */
  storable(doc: Doc, json: string): Doc;
  /** Inserts the journal row `values` (run, input_key, status, article_id, error_code, error, at), replacing one of the same run and key; the replacement is ordered last. */
  upsertJournalItem(values: Sql): Sql;
  /**
   * Runs `query` with the search mode of `q` read as `syntax`; SQLite tries again with the words taken
   * literally when FTS5 cannot parse `q` (and `syntax` allows it).
   */
  search<T>(
    db: Db,
    q: string,
    syntax: QuerySyntax,
    marks: readonly [string, string],
    query: (mode: SearchMode) => Promise<T>,
  ): Promise<T>;
}
