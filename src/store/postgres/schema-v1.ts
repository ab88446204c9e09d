/**
 * PostgreSQL schema version 1: the tables of SQLite's v1 (articles with their Doc, the normalised layers)
 * in PostgreSQL types. The Doc is `jsonb`; booleans are `boolean`; `seq` is a `bigserial` storage order.
 * Full-text search is a generated `tsvector` column (title weighted A, text B) with a GIN index, in place of
 * SQLite's FTS5 table and triggers.
 *
 * `published` keeps the ISO text exactly as given (byte order, `COLLATE "C"`, like SQLite sorts it);
 * `published_at` is the same instant as a `timestamptz` for date filters (NULL when not a date).
 */
export const PG_SCHEMA_V1 = `
CREATE TABLE articles (
  seq          bigserial PRIMARY KEY,
  id           text NOT NULL UNIQUE,
  uri          text,
  site         text,
  title        text,
  published    text COLLATE "C",
  published_at timestamptz,
  text         text NOT NULL,
  doc_json     jsonb NOT NULL,
  origin       text,
  created_at   timestamptz NOT NULL,
  search       tsvector GENERATED ALWAYS AS (
                 setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
                 setweight(to_tsvector('english'::regconfig, text), 'B')) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE entities (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  text NOT NULL,
  name       text NOT NULL,
  type       text NOT NULL,
  aliases    jsonb NOT NULL,
  country    text,
  role       text,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (lower(name));

CREATE TABLE mentions (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        integer NOT NULL,
  entity_id  text NOT NULL,
  label      text NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  text       text NOT NULL,
  sentence   integer NOT NULL,
  rule       text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_entity ON mentions (article_id, entity_id);
CREATE INDEX mentions_text ON mentions (lower(text));

CREATE TABLE timexes (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        integer NOT NULL,
  type       text NOT NULL,
  value      text NOT NULL,
  value_at   timestamptz, -- the value as an instant when it is a calendar date or date-time
  anchored   boolean NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  text       text NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        integer NOT NULL,
  kind       text NOT NULL,
  speaker    text, -- entity_id
  scare      boolean NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  text       text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker);

CREATE TABLE places (
  article_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx           integer NOT NULL,
  name          text NOT NULL,
  lat           double precision NOT NULL,
  lon           double precision NOT NULL,
  country       text,
  geoname_id    bigint,
  feature_class text,
  entity_id     text,
  start         integer NOT NULL,
  "end"         integer NOT NULL,
  text          text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX places_geoname ON places (geoname_id);

CREATE TABLE events (
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          integer NOT NULL,
  type         text NOT NULL,
  mode         text,
  cameo        text NOT NULL,
  source       text, -- entity_id
  target       text, -- entity_id
  place_idx    integer,
  time_idx     integer,
  negated      boolean NOT NULL,
  hypothetical boolean NOT NULL,
  start        integer NOT NULL,
  "end"        integer NOT NULL,
  text         text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE findings (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        integer NOT NULL,
  kind       text NOT NULL,
  message    text NOT NULL,
  spans      jsonb NOT NULL, -- array of {start, end, text}
  rule       text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
`;
