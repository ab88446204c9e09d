import type { Doc } from '../../doc/types.js';
import { isoInstant } from '../shared/instant.js';
import {
  entityRows,
  eventRows,
  findingRows,
  mentionRows,
  placeRows,
  quoteRows,
  timexRows,
} from '../sqlite/rows.js';

/**
 * Layer rows for PostgreSQL: SQLite's row builders (`sqlite/rows.ts`, the one place a Doc becomes rows),
 * with JSON columns as values rather than strings (they go into `jsonb`) and the instants PostgreSQL
 * filters on. Booleans stay 1/0: PostgreSQL reads them as booleans.
 */
export const PG_LAYERS: readonly { table: string; rows: (doc: Doc) => Record<string, unknown>[] }[] = [
  {
    table: 'entities',
    rows: (doc) => entityRows(doc).map((r, i) => ({ ...r, aliases: doc.entities[i]!.aliases })),
  },
  { table: 'mentions', rows: mentionRows },
  {
    table: 'timexes',
    rows: (doc) => timexRows(doc).map((r) => ({ ...r, value_at: isoInstant(r.value) })),
  },
  { table: 'quotes', rows: quoteRows },
  { table: 'places', rows: placeRows },
  { table: 'events', rows: eventRows },
  {
    table: 'findings',
    rows: (doc) => findingRows(doc).map((r, i) => ({ ...r, spans: doc.findings[i]!.spans })),
  },
];
