/**
 * PostgreSQL schema version 2 (SQLite's v2): event cue spans, entity mention counts, indexes for the
 * read-side filters, and the `stories` tables the corpus layer fills. `stories.seq` keeps creation order
 * (SQLite orders ties by rowid).
 */
export const PG_SCHEMA_V2 = `
ALTER TABLE events ADD COLUMN cue_start integer;
ALTER TABLE events ADD COLUMN cue_end integer;
ALTER TABLE events ADD COLUMN cue_text text;
ALTER TABLE entities ADD COLUMN mention_count integer NOT NULL DEFAULT 0;

CREATE INDEX entities_type ON entities (type);
CREATE INDEX places_name ON places (lower(name));
CREATE INDEX findings_kind ON findings (kind);

CREATE TABLE stories (
  id        text PRIMARY KEY,
  seq       bigserial NOT NULL,
  title     text NOT NULL,
  from_date text COLLATE "C",
  to_date   text COLLATE "C"
);
CREATE TABLE story_articles (
  story_id   text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
`;
