import { only, type SchemaDialect } from './types.js';

/**
 * Schema version 1: articles with their full Doc as JSON, the normalised layers later queries need
 * ("every article mentioning Putin", "events in Alaska"), and a full-text index over title and text.
 *
 * `seq` is the storage order (the articles' integer row id on SQLite, which FTS5 keys on); the public id is
 * the Doc id. Layer rows keep their index in the Doc's array (`idx`) so a row points back to `doc_json`.
 * Every child row is deleted with its article. SQLite searches with an FTS5 external-content table kept in
 * step by triggers; PostgreSQL with a generated `tsvector` (title weighted A, text B) and a GIN index, and
 * keeps `published_at` / `timexes.value_at`, the ISO text as an instant for date filters.
 */
export const schemaV1 = (d: SchemaDialect): string => `
CREATE TABLE articles (
  seq        ${d.serialKey},
  id         TEXT NOT NULL UNIQUE,
  uri        TEXT,
  site       TEXT,
  title      TEXT,
  published  ${d.sortedText},
  ${only(d, 'postgres', 'published_at timestamptz,')}
  text       TEXT NOT NULL,
  doc_json   ${d.json} NOT NULL,
  origin     TEXT,
  created_at ${d.time} NOT NULL
  ${only(d, 'postgres', POSTGRES_SEARCH)}
);
CREATE INDEX articles_published ON articles (published);
${only(d, 'postgres', 'CREATE INDEX articles_published_at ON articles (published_at);')}
${only(d, 'postgres', 'CREATE INDEX articles_search ON articles USING gin (search);')}

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  aliases    ${d.json} NOT NULL, -- array of strings
  country    TEXT,
  role       TEXT,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (${d.caseless('name')});

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        ${d.int} NOT NULL,
  entity_id  TEXT NOT NULL,
  label      TEXT NOT NULL,
  start      ${d.int} NOT NULL,
  "end"      ${d.int} NOT NULL,
  text       TEXT NOT NULL,
  sentence   ${d.int} NOT NULL,
  rule       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_entity ON mentions (article_id, entity_id);
CREATE INDEX mentions_text ON mentions (${d.caseless('text')});

CREATE TABLE timexes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        ${d.int} NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  ${only(d, 'postgres', 'value_at timestamptz,')}
  anchored   ${d.bool} NOT NULL,
  start      ${d.int} NOT NULL,
  "end"      ${d.int} NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        ${d.int} NOT NULL,
  kind       TEXT NOT NULL,
  speaker    TEXT, -- entity_id
  scare      ${d.bool} NOT NULL,
  start      ${d.int} NOT NULL,
  "end"      ${d.int} NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker);

CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        ${d.int} NOT NULL,
  name       TEXT NOT NULL,
  lat        ${d.real} NOT NULL,
  lon        ${d.real} NOT NULL,
  country    TEXT,
  geoname_id ${d.bigint},
  feature_class TEXT,
  entity_id  TEXT,
  start      ${d.int} NOT NULL,
  "end"      ${d.int} NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX places_geoname ON places (geoname_id);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        ${d.int} NOT NULL,
  type       TEXT NOT NULL,
  mode       TEXT,
  cameo      TEXT NOT NULL,
  source     TEXT, -- entity_id
  target     TEXT, -- entity_id
  place_idx  ${d.int},
  time_idx   ${d.int},
  negated    ${d.bool} NOT NULL,
  hypothetical ${d.bool} NOT NULL,
  start      ${d.int} NOT NULL,
  "end"      ${d.int} NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE findings (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        ${d.int} NOT NULL,
  kind       TEXT NOT NULL,
  message    TEXT NOT NULL,
  spans      ${d.json} NOT NULL, -- array of {start, end, text}
  rule       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
${only(d, 'sqlite', SQLITE_FTS)}
`;

const POSTGRES_SEARCH = `, search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, text), 'B')) STORED`;

const SQLITE_FTS = `
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Keep the index in step with the articles table (external content: the index stores no text itself).
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;`;
