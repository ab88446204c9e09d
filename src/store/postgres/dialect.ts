import { sql } from 'kysely';
import type { Sql } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import { headlineOptions, snippetSql, tsQuery } from './search.js';
import { storableDoc } from './well-formed.js';

const value = (v: Sql | string): Sql => (typeof v === 'string' ? sql`${v}` : v);

/** PostgreSQL's SQL where it differs (see `SqlDialect`): lower(), timestamptz columns, jsonb, tsvector. */
export const postgresDialect: SqlDialect = {
  sameText: (a, b) => sql`lower(${a}) = lower(${value(b)})`,
  caseless: (expr) => sql`lower(${expr})`,
  binary: (expr) => sql`${expr} COLLATE "C"`,
  likeCaseless: (expr, pattern) => sql`${expr} ILIKE ${pattern} ESCAPE '\\'`,
  published: sql`a.published_at`,
  eventInstant: sql`coalesce(tx.value_at, a.published_at)`,
  instant: (iso) => sql`${iso}::timestamptz`,
  jsonArray: (expr, from) =>
    sql`coalesce((SELECT json_agg(${expr} ORDER BY ${expr} COLLATE "C") ${from}), '[]')`,
  jsonMember: (column, key) => sql`${column} -> ${key}`,
  insertOrder: (alias) => sql.raw(`${alias}.seq`),
  spansName: (spans, id) => sql`${spans} @> jsonb_build_array(jsonb_build_object('articleId', ${id}::text))`,
  corpusOrder: sql`r.corpus_seq`,
  beginWrite: 'BEGIN',
  // Per schema, so two newsgraph schemas in one database do not wait for each other.
  corpusLock: sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':newsgraph-corpus'))`,
  bucketMembers: (keys, perBucket) =>
    sql`SELECT x.article_id FROM unnest(${keys.map(([band]) => band)}::int[], ${keys.map(([, hash]) => hash)}::bigint[])
          AS k (band, hash)
        CROSS JOIN LATERAL (SELECT c.article_id FROM corpus_bands c WHERE c.band = k.band AND c.hash = k.hash
                             ORDER BY c.article_id LIMIT ${sql.lit(perBucket)}) x`,
  // json_populate_recordset reads the rows as the table's row type (JSON columns as values, 1/0 as booleans).
  rowsFromJson: (table, parameter) => `json_populate_recordset(NULL::${table}, $${parameter}::json)`,
  oneOf: (expr, values) =>
    typeof values[0] === 'string'
      ? sql`${expr} = ANY(${values}::text[])`
      : sql`${expr} = ANY(${values}::bigint[])`,
  recordedOrder: 'corpus_seq',
  keepsInstants: true,
  storable: storableDoc,
  // `INSERT OR REPLACE` of SQLite: a replaced row takes a new `seq`, as it would take a new rowid.
  upsertJournalItem: (values) =>
    sql`INSERT INTO ingest_items (run, input_key, status, article_id, error_code, error, at) VALUES (${values})
        ON CONFLICT (run, input_key) DO UPDATE SET status = excluded.status, article_id = excluded.article_id,
          error_code = excluded.error_code, error = excluded.error, at = excluded.at, seq = DEFAULT`,

  search(_db, q, syntax, [open, close], query) {
    const tq = sql`(SELECT ${tsQuery(q, syntax)} AS q) tq`;
    return query({
      from: sql`articles a, ${tq}`,
      match: sql`a.search @@ tq.q`,
      order: sql`ts_rank_cd(a.search, tq.q) DESC, a.seq`,
      snippet: snippetSql(sql`tq.q`, headlineOptions(open, close), [open, close]),
    });
  },
};
