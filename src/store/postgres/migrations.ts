import type { Migration } from '../sqlite/migrations.js';
import { PG_SCHEMA_V1 } from './schema-v1.js';
import { PG_SCHEMA_V2 } from './schema-v2.js';
import { PG_SCHEMA_V3 } from './schema-v3.js';
import { PG_SCHEMA_V4 } from './schema-v4.js';
import { PG_SCHEMA_V5 } from './schema-v5.js';

/**
 * The PostgreSQL schema's history, oldest first, numbered like SQLite's (same tables at each version). The
 * database records the last one applied in `schema_version`. Never edit a released migration: append one.
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'articles, normalised layers, tsvector search', sql: PG_SCHEMA_V1 },
  { version: 2, description: 'event cues, entity mention counts, query indexes, stories', sql: PG_SCHEMA_V2 },
  { version: 3, description: 'ingest run journal (resumable batches)', sql: PG_SCHEMA_V3 },
  {
    version: 4,
    description: 'corpus: duplicates, stories, cross-article entities, corroboration',
    sql: PG_SCHEMA_V4,
  },
  { version: 5, description: 'place admin1 and confidence (site home regions)', sql: PG_SCHEMA_V5 },
];
