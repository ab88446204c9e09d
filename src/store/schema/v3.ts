import { only, type SchemaDialect } from './types.js';

/**
 * Schema version 3: the ingest run journal, so a batch can be resumed.
 * - `ingest_runs`: one row per `newsgraph ingest` run, with its arguments; `finished_at` stays NULL when
 *   the run was interrupted.
 * - `ingest_items`: what happened to each input of a run, keyed by a stable input key (absolute path, plus
 *   the item within a feed, WARC or JSONL file). `status` is `stored` or `duplicate` (with the article id),
 *   `failed` (the input itself is bad: not tried again) or `transient` (may work next time: tried again).
 *   An article and its journal row are written in one transaction. PostgreSQL's `seq` is the order rows
 *   were written (SQLite's rowid; a replaced row takes a new one).
 */
export const schemaV3 = (d: SchemaDialect): string => `
CREATE TABLE ingest_runs (
  id          ${d.serialKey},
  started_at  ${d.time} NOT NULL,
  args        ${d.json} NOT NULL,
  finished_at ${d.time}
);
CREATE TABLE ingest_items (
  run        ${d.serialRef} NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
  input_key  TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'failed', 'transient')),
  article_id TEXT,
  error_code TEXT,
  error      TEXT,
  at         ${d.time} NOT NULL,
  ${only(d, 'postgres', 'seq bigserial NOT NULL,')}
  PRIMARY KEY (run, input_key)
);
CREATE INDEX ingest_items_key ON ingest_items (input_key, run);
CREATE INDEX ingest_items_failures ON ingest_items (run) WHERE status IN ('failed', 'transient');
`;
