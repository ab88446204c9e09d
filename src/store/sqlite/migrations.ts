import { SCHEMA_V1 } from './schema-v1.js';
import { SCHEMA_V2 } from './schema-v2.js';
import { SCHEMA_V3 } from './schema-v3.js';
import { SCHEMA_V4 } from './schema-v4.js';
import { SCHEMA_V5 } from './schema-v5.js';

/**
 * The schema's history, oldest first. The database records the last one applied in `PRAGMA user_version`;
 * opening a store applies the rest in order. Never edit a released migration: append a new one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'articles, normalised layers, FTS5 index', sql: SCHEMA_V1 },
  { version: 2, description: 'event cues, entity mention counts, query indexes, stories', sql: SCHEMA_V2 },
  { version: 3, description: 'ingest run journal (resumable batches)', sql: SCHEMA_V3 },
  {
    version: 4,
    description: 'corpus: duplicates, stories, cross-article entities, corroboration',
    sql: SCHEMA_V4,
  },
  { version: 5, description: 'place admin1 and confidence (site home regions)', sql: SCHEMA_V5 },
];
