import type { SchemaDialect } from './types.js';

/**
 * Schema version 8: corpus events, one row per real event across articles, like GDELT's Events and
 * Mentions tables (src/store/corpus/events.ts fills them at store time, in the article's transaction).
 * - `corpus_events`: an event of one story (same PLOVER type, negation, actors, day ±1 and place when both
 *   have one); actors keep their identity tokens (`kb:…`, `ent:…`, `code:…`) for matching later mentions,
 *   the name and CAMEO code to show; days are the first and last reported (YYYY-MM-DD); the counts are
 *   recomputed from the mentions whenever one is added;
 * - `corpus_event_mentions`: each article event filed under its corpus event, with the outlet it counts as
 *   (the canonical article's site or host for a copy, so a near-duplicate is no second source) and the spans
 *   of the event and its sentence;
 * - `corpus_events_pending`: the articles a store held before this version, filed by the recorder on its
 *   first write after the upgrade (src/store/corpus/events-backfill.ts).
 */
export const schemaV8 = (d: SchemaDialect): string => `
CREATE TABLE corpus_events (
  id             ${d.serialKey},
  story_id       TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  cameo          TEXT NOT NULL,
  code           TEXT,
  negated        ${d.bool} NOT NULL,
  source_name    TEXT,
  source_code    TEXT,
  source_country TEXT,
  source_ids     ${d.json} NOT NULL, -- array of identity tokens
  target_name    TEXT,
  target_code    TEXT,
  target_country TEXT,
  target_ids     ${d.json} NOT NULL,
  first_day      TEXT,
  last_day       TEXT,
  place_name     TEXT,
  place_key      TEXT,
  place_level    TEXT,               -- country | admin1 | local
  country        TEXT,               -- the place's ISO 3166-1 alpha-2
  admin1         TEXT,
  lat            ${d.real},
  lon            ${d.real},
  goldstein      ${d.real},
  quad_class     ${d.int},
  mentions       ${d.int} NOT NULL DEFAULT 0,
  articles       ${d.int} NOT NULL DEFAULT 0,
  sources        ${d.int} NOT NULL DEFAULT 0
);
CREATE INDEX corpus_events_story ON corpus_events (story_id, type);
CREATE INDEX corpus_events_day ON corpus_events (last_day);

CREATE TABLE corpus_event_mentions (
  event_id       ${d.serialRef} NOT NULL REFERENCES corpus_events (id) ON DELETE CASCADE,
  article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx            ${d.int} NOT NULL, -- the event's index in its article
  outlet         TEXT NOT NULL,     -- the independent source it counts as
  day            TEXT,
  start          ${d.int} NOT NULL,
  "end"          ${d.int} NOT NULL,
  text           TEXT NOT NULL,
  cue            TEXT NOT NULL,
  sentence_start ${d.int} NOT NULL,
  sentence_end   ${d.int} NOT NULL,
  sentence       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX corpus_event_mentions_event ON corpus_event_mentions (event_id);

CREATE TABLE corpus_events_pending (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO corpus_events_pending (article_id) SELECT article_id FROM corpus_records;
`;
