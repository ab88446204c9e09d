/**
 * PostgreSQL schema version 3 (SQLite's v3): the ingest run journal. `ingest_items.seq` is the order rows
 * were written (SQLite's rowid; a replaced row takes a new one).
 */
export const PG_SCHEMA_V3 = `
CREATE TABLE ingest_runs (
  id          bigserial PRIMARY KEY,
  started_at  timestamptz NOT NULL,
  args        jsonb NOT NULL,
  finished_at timestamptz
);
CREATE TABLE ingest_items (
  run        bigint NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
  input_key  text NOT NULL,
  status     text NOT NULL CHECK (status IN ('stored', 'duplicate', 'failed', 'transient')),
  article_id text,
  error_code text,
  error      text,
  at         timestamptz NOT NULL,
  seq        bigserial NOT NULL,
  PRIMARY KEY (run, input_key)
);
CREATE INDEX ingest_items_key ON ingest_items (input_key, run);
CREATE INDEX ingest_items_failures ON ingest_items (run) WHERE status IN ('failed', 'transient');
`;
