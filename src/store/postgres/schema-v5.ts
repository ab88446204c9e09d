/**
 * PostgreSQL schema version 5 (SQLite's v5): places gain their first-level division and the resolver's
 * confidence, what a site's home region is learnt from (geo/home-region.ts); stored rows get them from
 * `doc_json`.
 */
export const PG_SCHEMA_V5 = `
ALTER TABLE places ADD COLUMN admin1 text, ADD COLUMN confidence double precision;
UPDATE places p SET
  admin1 = a.doc_json -> 'places' -> p.idx ->> 'admin1',
  confidence = (a.doc_json -> 'places' -> p.idx ->> 'confidence')::double precision
FROM articles a WHERE a.id = p.article_id;
`;
