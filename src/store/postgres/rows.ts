import type { Doc } from '../../doc/types.js';
import { LAYERS } from '../rows.js';
import { isoInstant } from '../shared/instant.js';

/** Columns PostgreSQL stores differently: JSON as values (they go into `jsonb`), dates also as instants. */
const ADAPT: Record<string, (row: Record<string, unknown>, i: number, doc: Doc) => Record<string, unknown>> =
  {
    entities: (row, i, doc) => ({ ...row, aliases: doc.entities[i]!.aliases }),
    timexes: (row) => ({ ...row, value_at: isoInstant(row.value as string) }),
    findings: (row, i, doc) => ({ ...row, spans: doc.findings[i]!.spans }),
  };

/** Layer rows for PostgreSQL: the shared row builders (`../rows.ts`) with the columns above adapted. */
export const PG_LAYERS: readonly { table: string; rows: (doc: Doc) => Record<string, unknown>[] }[] =
  LAYERS.map(({ table, rows }) => {
    const adapt = ADAPT[table];
    return { table, rows: adapt ? (doc: Doc) => rows(doc).map((row, i) => adapt(row, i, doc)) : rows };
  });
