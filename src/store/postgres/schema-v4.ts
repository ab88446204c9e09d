/**
 * PostgreSQL schema version 4 (SQLite's v4): the corpus layer's tables, filled in the article's own
 * transaction under an advisory lock (see `corpus/recorder.ts`).
 *
 * One addition: `corpus_records.corpus_seq`, the order in which articles entered the corpus. It is taken
 * under the corpus lock, so it is also commit order: a process catching up on what other processes
 * recorded reads it gap-free (`articles.seq` is taken before the lock, so commits can land out of its order).
 */
export const PG_SCHEMA_V4 = `
CREATE TABLE corpus_signatures (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  signature  bytea NOT NULL -- Uint32 MinHash values, little-endian
);
CREATE TABLE corpus_bands (
  band       integer NOT NULL,
  hash       bigint NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX corpus_bands_article ON corpus_bands (article_id);

CREATE TABLE duplicates (
  article_id   text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  canonical_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  similarity   double precision NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('exact', 'near', 'syndicated')),
  diff_json    jsonb NOT NULL
);
CREATE INDEX duplicates_canonical ON duplicates (canonical_id);

CREATE TABLE corpus_records (
  article_id  text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  corpus_seq  bigserial NOT NULL UNIQUE,
  record_json jsonb NOT NULL -- ArticleRecord without its text: title, published, entities, places, dates
);

ALTER TABLE stories ADD COLUMN article_count integer NOT NULL DEFAULT 0;
ALTER TABLE story_articles ADD COLUMN score double precision;
ALTER TABLE story_articles ADD COLUMN duplicate boolean NOT NULL DEFAULT false;

CREATE TABLE corpus_entities (
  id       bigserial PRIMARY KEY,
  name     text NOT NULL,
  type     text NOT NULL,
  name_key text NOT NULL,
  surname  text,
  UNIQUE (name_key, type)
);
CREATE INDEX corpus_entities_surname ON corpus_entities (surname);
CREATE TABLE corpus_entity_links (
  article_id       text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id        text NOT NULL,
  corpus_entity_id bigint NOT NULL REFERENCES corpus_entities (id),
  rule             text NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX corpus_entity_links_entity ON corpus_entity_links (corpus_entity_id);

CREATE TABLE corroboration (
  id        bigserial PRIMARY KEY,
  story_id  text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  kind      text NOT NULL CHECK (kind IN ('event', 'quote')),
  claim_key text NOT NULL,
  sources   integer NOT NULL DEFAULT 0,
  UNIQUE (story_id, kind, claim_key)
);
CREATE TABLE corroboration_reports (
  claim_id   bigint NOT NULL REFERENCES corroboration (id) ON DELETE CASCADE,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind       text NOT NULL,
  idx        integer NOT NULL,
  source_id  text NOT NULL,
  seq        bigserial NOT NULL,
  PRIMARY KEY (article_id, kind, idx)
);
CREATE INDEX corroboration_reports_claim ON corroboration_reports (claim_id);

CREATE TABLE corpus_findings (
  id       bigserial PRIMARY KEY,
  story_id text NOT NULL,
  kind     text NOT NULL,
  message  text NOT NULL,
  rule     text NOT NULL,
  spans    jsonb NOT NULL, -- array of {articleId, start, end, text}
  data     jsonb
);
CREATE INDEX corpus_findings_story ON corpus_findings (story_id);
CREATE INDEX corpus_findings_spans ON corpus_findings USING gin (spans jsonb_path_ops);
`;
