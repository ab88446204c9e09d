/**
 * Schema version 3: the ingest run journal, so a batch can be resumed.
 * - `ingest_runs`: one row per `newsgraph ingest` run, with its arguments; `finished_at` stays NULL when
 *   the run was interrupted.
 * - `ingest_items`: what happened to each input of a run, keyed by a stable input key (absolute path, plus
 *   the item within a feed, WARC or JSONL file). `status` is `stored` or `duplicate` (with the article id),
 *   `failed` (the input itself is bad: not tried again) or `transient` (may work next time: tried again).
 *   An article and its journal row are written in one transaction.
 */
export const SCHEMA_V3 = `
CREATE TABLE ingest_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  args        TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE ingest_items (
  run        INTEGER NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
  input_key  TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'failed', 'transient')),
  article_id TEXT,
  error_code TEXT,
  error      TEXT,
  at         TEXT NOT NULL,
  PRIMARY KEY (run, input_key)
);
CREATE INDEX ingest_items_key ON ingest_items (input_key, run);
CREATE INDEX ingest_items_failures ON ingest_items (run) WHERE status IN ('failed', 'transient');
`;
