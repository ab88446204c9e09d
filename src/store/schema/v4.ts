import { only, type SchemaDialect } from './types.js';

/**
 * Schema version 4: the corpus layer (src/corpus), filled at store time in the article's own transaction.
 * - `corpus_signatures` / `corpus_bands`: the MinHash LSH index of near-duplicate detection, persistent
 *   (one signature per article, Uint32 values little-endian; each band's hash indexed, so a lookup is one
 *   indexed probe per band);
 * - `duplicates`: a copy linked to its canonical (first seen) article, with what the copy adds or drops;
 * - `corpus_records`: what story clustering reads of an article besides its text (title, date, names), so
 *   the clusterer's in-memory state is rebuilt from stored rows after a restart without parsing `doc_json`.
 *   PostgreSQL's `corpus_seq` is the order articles entered the corpus, taken under the corpus lock, so it
 *   is commit order: a process catching up on what others recorded reads it gap-free;
 * - `stories` / `story_articles` (from v2) gain an article count, the clustering score and a duplicate flag;
 * - `corpus_entities` + `corpus_entity_links`: one identity per canonical name and type across articles;
 * - `corroboration` + `corroboration_reports`: claims (events, quotes) per story and which articles report
 *   them; `sources` counts independent reports (a duplicate counts as its canonical);
 * - `corpus_findings`: cross-article findings (contradictions) with both articles' spans.
 */
export const schemaV4 = (d: SchemaDialect): string => `
CREATE TABLE corpus_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  signature  ${d.blob} NOT NULL
);
CREATE TABLE corpus_bands (
  band       ${d.int} NOT NULL,
  hash       ${d.bigint} NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
)${only(d, 'sqlite', ' WITHOUT ROWID')};
CREATE INDEX corpus_bands_article ON corpus_bands (article_id);

CREATE TABLE duplicates (
  article_id   TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  canonical_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  similarity   ${d.real} NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'syndicated')),
  diff_json    ${d.json} NOT NULL
);
CREATE INDEX duplicates_canonical ON duplicates (canonical_id);

CREATE TABLE corpus_records (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  ${only(d, 'postgres', 'corpus_seq bigserial NOT NULL UNIQUE,')}
  record_json ${d.json} NOT NULL -- ArticleRecord without its text: title, published, entities, places, dates
);

ALTER TABLE stories ADD COLUMN article_count ${d.int} NOT NULL DEFAULT 0;
ALTER TABLE story_articles ADD COLUMN score ${d.real};
ALTER TABLE story_articles ADD COLUMN duplicate ${d.bool} NOT NULL DEFAULT ${d.engine === 'postgres' ? 'false' : '0'};

CREATE TABLE corpus_entities (
  id       ${d.serialKey},
  name     TEXT NOT NULL,
  type     TEXT NOT NULL,
  name_key TEXT NOT NULL, -- case, spacing and punctuation folded
  surname  TEXT,          -- last word of a PERSON's multi-word name key, for surname-only links
  UNIQUE (name_key, type)
);
CREATE INDEX corpus_entities_surname ON corpus_entities (surname);
CREATE TABLE corpus_entity_links (
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id        TEXT NOT NULL,
  corpus_entity_id ${d.serialRef} NOT NULL REFERENCES corpus_entities (id),
  rule             TEXT NOT NULL, -- same-name | surname-in-story
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX corpus_entity_links_entity ON corpus_entity_links (corpus_entity_id);

CREATE TABLE corroboration (
  id        ${d.serialKey},
  story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('event', 'quote')),
  claim_key TEXT NOT NULL,
  sources   ${d.int} NOT NULL DEFAULT 0,
  UNIQUE (story_id, kind, claim_key)
);
CREATE TABLE corroboration_reports (
  claim_id   ${d.serialRef} NOT NULL REFERENCES corroboration (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  idx        ${d.int} NOT NULL, -- the event's or quote's index in its article
  source_id  TEXT NOT NULL,     -- the article, or its canonical when it is a duplicate
  ${only(d, 'postgres', 'seq bigserial NOT NULL,')}
  PRIMARY KEY (article_id, kind, idx)
);
CREATE INDEX corroboration_reports_claim ON corroboration_reports (claim_id);

CREATE TABLE corpus_findings (
  id       ${d.serialKey},
  story_id TEXT NOT NULL,
  kind     TEXT NOT NULL,
  message  TEXT NOT NULL,
  rule     TEXT NOT NULL,
  spans    ${d.json} NOT NULL, -- array of {articleId, start, end, text}
  data     ${d.json}           -- the values that disagree
);
CREATE INDEX corpus_findings_story ON corpus_findings (story_id);
${only(d, 'postgres', 'CREATE INDEX corpus_findings_spans ON corpus_findings USING gin (spans jsonb_path_ops);')}
`;
