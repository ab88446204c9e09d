/**
 * Schema version 1: articles with their full Doc as JSON, the normalised layers later queries need
 * ("every article mentioning Putin", "events in Alaska"), and an FTS5 index over title and text.
 *
 * `seq` is the articles' integer row id, which the FTS5 index (an external-content table) keys on; the
 * public id is the Doc id. Layer rows keep their index in the Doc's array (`idx`) so a row points back
 * to `doc_json`. Every child row is deleted with its article.
 */
export const SCHEMA_V1 = `
CREATE TABLE articles (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  uri        TEXT,
  site       TEXT,
  title      TEXT,
  published  TEXT,
  text       TEXT NOT NULL,
  doc_json   TEXT NOT NULL,
  origin     TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  aliases    TEXT NOT NULL, -- JSON array of strings
  country    TEXT,
  role       TEXT,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  entity_id  TEXT NOT NULL,
  label      TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  sentence   INTEGER NOT NULL,
  rule       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_entity ON mentions (article_id, entity_id);
CREATE INDEX mentions_text ON mentions (text COLLATE NOCASE);

CREATE TABLE timexes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  anchored   INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  speaker    TEXT, -- entity_id
  scare      INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker);

CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  lat        REAL NOT NULL,
  lon        REAL NOT NULL,
  country    TEXT,
  geoname_id INTEGER,
  feature_class TEXT,
  entity_id  TEXT,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX places_geoname ON places (geoname_id);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  type       TEXT NOT NULL,
  mode       TEXT,
  cameo      TEXT NOT NULL,
  source     TEXT, -- entity_id
  target     TEXT, -- entity_id
  place_idx  INTEGER,
  time_idx   INTEGER,
  negated    INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE findings (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  message    TEXT NOT NULL,
  spans      TEXT NOT NULL, -- JSON array of {start, end, text}
  rule       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);

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
END;
`;
