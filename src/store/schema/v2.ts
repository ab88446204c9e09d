import { only, type SchemaDialect } from './types.js';

/**
 * Schema version 2, for the read-side queries of the HTTP API:
 * - `events.cue_*`: the cue span, so an event list needs no Doc JSON;
 * - `entities.mention_count`: so listing entities by mentions does not count the mentions table each time;
 * - indexes for the filters (entity type, place name, finding kind);
 * - `stories` and `story_articles`, which the corpus layer fills (PostgreSQL numbers stories in creation
 *   order, `seq`, as SQLite's rowid does).
 * Rows stored under version 1 are filled in from their `doc_json` once, here.
 */
export const schemaV2 = (d: SchemaDialect): string => `
ALTER TABLE events ADD COLUMN cue_start ${d.int};
ALTER TABLE events ADD COLUMN cue_end ${d.int};
ALTER TABLE events ADD COLUMN cue_text TEXT;
UPDATE events SET
  cue_start = (SELECT ${d.docMember('events', 'events.idx', 'cue.start')} FROM articles a WHERE a.id = events.article_id)${d.engine === 'postgres' ? '::integer' : ''},
  cue_end = (SELECT ${d.docMember('events', 'events.idx', 'cue.end')} FROM articles a WHERE a.id = events.article_id)${d.engine === 'postgres' ? '::integer' : ''},
  cue_text = (SELECT ${d.docMember('events', 'events.idx', 'cue.text')} FROM articles a WHERE a.id = events.article_id);

ALTER TABLE entities ADD COLUMN mention_count ${d.int} NOT NULL DEFAULT 0;
UPDATE entities SET mention_count = (
  SELECT count(*) FROM mentions m WHERE m.article_id = entities.article_id AND m.entity_id = entities.entity_id
);

CREATE INDEX entities_type ON entities (type);
CREATE INDEX places_name ON places (${d.caseless('name')});
CREATE INDEX findings_kind ON findings (kind);

CREATE TABLE stories (
  id        TEXT PRIMARY KEY,
  ${only(d, 'postgres', 'seq bigserial NOT NULL,')}
  title     TEXT NOT NULL,
  from_date ${d.sortedText},
  to_date   ${d.sortedText}
);
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
`;
