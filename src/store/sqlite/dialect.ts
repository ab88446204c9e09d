import { sql } from 'kysely';
import { NewsgraphError } from '../../errors.js';
import type { Sql } from '../sql/db.js';
import type { SearchMode, SqlDialect } from '../sql/dialect.js';
import { isFtsSyntaxError, literalQuery } from './fts-query.js';

const value = (v: Sql | string): Sql => (typeof v === 'string' ? sql`${v}` : v);

/** FTS5: the external-content index `articles_fts` keyed on `articles.seq`, ranked by bm25. */
function ftsMode(match: string, [open, close]: readonly [string, string]): SearchMode {
  return {
    from: sql`articles_fts JOIN articles a ON a.seq = articles_fts.rowid`,
    match: sql`articles_fts MATCH ${match}`,
    order: sql`rank, a.seq`,
    snippet: sql`snippet(articles_fts, -1, ${open}, ${close}, '…', 16)`,
  };
}

/** SQLite's SQL where it differs (see `SqlDialect`): NOCASE, julianday, json1, FTS5, rowid. */
export const sqliteDialect: SqlDialect = {
  sameText: (a, b) => sql`${a} = ${value(b)} COLLATE NOCASE`,
  caseless: (expr) => sql`${expr} COLLATE NOCASE`,
  binary: (expr) => expr,
  likeCaseless: (expr, pattern) => sql`${expr} LIKE ${pattern} ESCAPE '\\'`,
  published: sql`julianday(a.published)`,
  // TimeML values like `2025`, `P1D` or `PAST_REF` are no dates (julianday would read `2025` as a day number).
  eventInstant: sql`coalesce(
    CASE WHEN tx.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN julianday(tx.value) END,
    julianday(a.published))`,
  instant: (iso) => sql`julianday(${iso})`,
  jsonArray: (expr, from) => sql`(SELECT json_group_array(x) FROM (SELECT ${expr} AS x ${from} ORDER BY 1))`,
  jsonMember: (column, key) => sql`json_extract(${column}, ${`$.${key}`})`,
  insertOrder: (alias) => sql.raw(`${alias}.rowid`),
  spansName: (spans, id) =>
    sql`EXISTS (SELECT 1 FROM json_each(${spans}) j WHERE json_extract(j.value, '$.articleId') = ${id})`,
  corpusOrder: sql`a.seq`,
  beginWrite: 'BEGIN IMMEDIATE', // IMMEDIATE: wait for the write lock at BEGIN rather than fail to upgrade later
  bucketMembers: (keys, perBucket) =>
    sql.join(
      keys.map(
        ([band, hash], i) =>
          sql`SELECT * FROM (SELECT article_id FROM corpus_bands WHERE band = ${band} AND hash = ${hash}
                              ORDER BY article_id LIMIT ${sql.lit(perBucket)}) ${sql.raw(`b${i}`)}`,
      ),
      sql` UNION `,
    ),
  oneOf: (expr, values) => sql`${expr} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`,
  recordedOrder: '(SELECT a.seq FROM articles a WHERE a.id = corpus_records.article_id)',
  keepsInstants: false,
  storable: (doc) => doc,
  upsertJournalItem: (values) =>
    sql`INSERT OR REPLACE INTO ingest_items (run, input_key, status, article_id, error_code, error, at)
        VALUES (${values})`,

  async search(_db, q, syntax, marks, query) {
    if (syntax === 'plain') return query(ftsMode(literalQuery(q), marks));
    try {
      return await query(ftsMode(q, marks));
    } catch (error) {
      // Ordinary text ("Putin's", "Trump-Putin") is not valid FTS5: search its words literally instead.
      if (!isFtsSyntaxError(error)) throw error;
      if (syntax === 'fts') {
        throw new NewsgraphError('BAD_ARGUMENT', 'query', `not a valid FTS5 query: ${error.message}`, {
          cause: error,
        });
      }
      return query(ftsMode(literalQuery(q), marks));
    }
  },
};
