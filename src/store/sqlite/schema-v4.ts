/**
 * Schema version 4: the corpus layer (src/corpus), filled at store time in the article's own transaction.
 * - `corpus_signatures` / `corpus_bands`: the MinHash LSH index of near-duplicate detection, persistent
 *   (one signature per article; each band's hash indexed, so a lookup is one indexed probe per band);
 * - `duplicates`: a copy linked to its canonical (first seen) article, with what the copy adds or drops;
 * - `corpus_records`: what story clustering reads of an article besides its text (title, date, names), so
 *   the clusterer's in-memory state is rebuilt from stored rows after a restart without parsing `doc_json`;
 * - `stories` / `story_articles` (from v2) gain an article count, the clustering score and a duplicate flag;
 * - `corpus_entities` + `corpus_entity_links`: one identity per canonical name and type across articles;
 * - `corroboration` + `corroboration_reports`: claims (events, quotes) per story and which articles report
 *   them; `sources` counts independent reports (a duplicate counts as its canonical);
 * - `corpus_findings`: cross-article findings (contradictions) with both articles' spans.
 */
export const SCHEMA_V4 = `
CREATE TABLE corpus_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  signature  BLOB NOT NULL -- Uint32 MinHash values, little-endian
);
CREATE TABLE corpus_bands (
  band       INTEGER NOT NULL,
  hash       INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE INDEX corpus_bands_article ON corpus_bands (article_id);

CREATE TABLE duplicates (
  article_id   TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  canonical_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  similarity   REAL NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'syndicated')),
  diff_json    TEXT NOT NULL
);
CREATE INDEX duplicates_canonical ON duplicates (canonical_id);

CREATE TABLE corpus_records (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  record_json TEXT NOT NULL -- ArticleRecord without its text: title, published, entities, places, dates
);

ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE story_articles ADD COLUMN score REAL;
ALTER TABLE story_articles ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0;

CREATE TABLE corpus_entities (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL,
  type    TEXT NOT NULL,
  name_key TEXT NOT NULL,  -- case, spacing and punctuation folded
  surname TEXT,            -- last word of a PERSON's multi-word name key, for surname-only links
  UNIQUE (name_key, type)
);
CREATE INDEX corpus_entities_surname ON corpus_entities (surname);
CREATE TABLE corpus_entity_links (
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id        TEXT NOT NULL,
  corpus_entity_id INTEGER NOT NULL REFERENCES corpus_entities (id),
  rule             TEXT NOT NULL, -- same-name | surname-in-story
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX corpus_entity_links_entity ON corpus_entity_links (corpus_entity_id);

CREATE TABLE corroboration (
  id        INTEGER PRIMARY KEY,
  story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('event', 'quote')),
  claim_key TEXT NOT NULL,
  sources   INTEGER NOT NULL DEFAULT 0,
  UNIQUE (story_id, kind, claim_key)
);
CREATE TABLE corroboration_reports (
  claim_id   INTEGER NOT NULL REFERENCES corroboration (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  idx        INTEGER NOT NULL, -- the event's or quote's index in its article
  source_id  TEXT NOT NULL,    -- the article, or its canonical when it is a duplicate
  PRIMARY KEY (article_id, kind, idx)
);
CREATE INDEX corroboration_reports_claim ON corroboration_reports (claim_id);

CREATE TABLE corpus_findings (
  id       INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL,
  kind     TEXT NOT NULL,
  message  TEXT NOT NULL,
  rule     TEXT NOT NULL,
  spans    TEXT NOT NULL, -- JSON array of {articleId, start, end, text}
  data     TEXT           -- JSON object: the values that disagree
);
CREATE INDEX corpus_findings_story ON corpus_findings (story_id);
`;
