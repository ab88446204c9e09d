import type { SchemaDialect } from './types.js';

/**
 * Schema version 7: corrections an analyst reported from the dashboard ("report a mistake"), kept so
 * their fixes survive and can become test cases. A correction names the annotation's kind (quote, place,
 * event, entity, finding…), its article and span, and a note; it stays when the article is deleted (the
 * record of what was wrong outlives the row it was about).
 */
export const schemaV7 = (d: SchemaDialect): string => `
CREATE TABLE corrections (
  id          ${d.serialKey},
  article_id  TEXT NOT NULL,
  kind        TEXT NOT NULL,
  start       ${d.int} NOT NULL,
  "end"       ${d.int} NOT NULL,
  text        TEXT NOT NULL,
  label       TEXT,
  note        TEXT NOT NULL,
  created_at  ${d.time} NOT NULL
);
CREATE INDEX corrections_article ON corrections (article_id);
`;
