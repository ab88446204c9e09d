import type { SchemaDialect } from './types.js';

/**
 * Schema version 5: what a site's home region is learnt from (geo/home-region.ts). Places gain their
 * first-level division and the resolver's confidence, copied for stored rows from `doc_json` (the Doc has
 * had both since places were first stored).
 */
export const schemaV5 = (d: SchemaDialect): string => `
ALTER TABLE places ADD COLUMN admin1 TEXT;
ALTER TABLE places ADD COLUMN confidence ${d.real};
UPDATE places SET
  admin1 = (SELECT ${d.docMember('places', 'places.idx', 'admin1')} FROM articles a WHERE a.id = places.article_id),
  confidence = (SELECT ${d.docMember('places', 'places.idx', 'confidence')} FROM articles a
                 WHERE a.id = places.article_id)${d.engine === 'postgres' ? '::double precision' : ''};
`;
