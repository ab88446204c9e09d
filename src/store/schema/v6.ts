import { only, type SchemaDialect } from './types.js';

/**
 * Schema version 6: `newsgraph watch` (src/watch), so a restart goes on where it stopped.
 * - `watch_feeds`: each feed polled, with its conditional-GET validators (ETag, Last-Modified), when it is
 *   due next (its interval, or a backoff after errors and Retry-After), its last success and last error;
 * - `watch_items`: every item a feed listed, keyed by feed and guid (or URL) and looked up by URL too, so
 *   an article is fetched once whichever way it comes back. `status` is `pending` (claimed, being fetched
 *   and analysed), `retry` (a transient failure: tried again next round, up to a limit), `stored`,
 *   `duplicate` (its Doc id was already stored), `failed` (for good) or `disallowed` (robots.txt);
 * - `alerts`: saved queries run on every newly stored article, with where a match goes (a JSONL file or a
 *   webhook); `alert_hits` makes each alert fire at most once per article.
 */
export const schemaV6 = (d: SchemaDialect): string => `
CREATE TABLE watch_feeds (
  url             TEXT PRIMARY KEY,
  every_seconds   ${d.int} NOT NULL,
  etag            TEXT,
  last_modified   TEXT,
  next_poll_at    ${d.time},
  last_polled_at  ${d.time},
  last_success_at ${d.time},
  last_error_at   ${d.time},
  last_error      TEXT,
  error_streak    ${d.int} NOT NULL DEFAULT 0,
  polls           ${d.int} NOT NULL DEFAULT 0,
  not_modified    ${d.int} NOT NULL DEFAULT 0,
  created_at      ${d.time} NOT NULL
);
CREATE TABLE watch_items (
  feed_url   TEXT NOT NULL REFERENCES watch_feeds (url) ON DELETE CASCADE,
  item_id    TEXT NOT NULL,
  url        TEXT NOT NULL,
  title      TEXT,
  published  TEXT,
  status     TEXT NOT NULL
             CHECK (status IN ('pending', 'retry', 'stored', 'duplicate', 'failed', 'disallowed')),
  attempts   ${d.int} NOT NULL DEFAULT 0,
  article_id TEXT,
  error      TEXT,
  seen_at    ${d.time} NOT NULL,
  done_at    ${d.time},
  ${only(d, 'postgres', 'seq bigserial NOT NULL,')}
  PRIMARY KEY (feed_url, item_id)
);
CREATE INDEX watch_items_url ON watch_items (url);
CREATE INDEX watch_items_open ON watch_items (status) WHERE status IN ('pending', 'retry');

CREATE TABLE alerts (
  id          ${d.serialKey},
  name        TEXT NOT NULL UNIQUE,
  query       ${d.json} NOT NULL,
  jsonl_path  TEXT,
  webhook_url TEXT,
  created_at  ${d.time} NOT NULL,
  CHECK ((jsonl_path IS NULL) <> (webhook_url IS NULL))
);
CREATE TABLE alert_hits (
  alert_id   ${d.serialRef} NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  at         ${d.time} NOT NULL,
  PRIMARY KEY (alert_id, article_id)
);
`;
