/**
 * Schema version 5: what a site's home region is learnt from (geo/home-region.ts). Places gain their
 * first-level division and the resolver's confidence, copied for stored rows from `doc_json` (the Doc has
 * had both since places were first stored).
 */
export const SCHEMA_V5 = `
ALTER TABLE places ADD COLUMN admin1 TEXT;
ALTER TABLE places ADD COLUMN confidence REAL;
UPDATE places SET
  admin1 = (SELECT json_extract(a.doc_json, '$.places[' || places.idx || '].admin1')
            FROM articles a WHERE a.id = places.article_id),
  confidence = (SELECT json_extract(a.doc_json, '$.places[' || places.idx || '].confidence')
                FROM articles a WHERE a.id = places.article_id);
`;
