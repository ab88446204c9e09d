import { NewsgraphError } from '../../errors.js';
import type { SchemaDialect } from './types.js';
import { schemaV1 } from './v1.js';
import { schemaV2 } from './v2.js';
import { schemaV3 } from './v3.js';
import { schemaV4 } from './v4.js';
import { schemaV5 } from './v5.js';
import { schemaV6 } from './v6.js';
import { schemaV7 } from './v7.js';
import { schemaV8 } from './v8.js';

/**
 * The schema's history, oldest first, the same versions on both engines. SQLite records the last one applied
 * in `PRAGMA user_version`, PostgreSQL in `schema_version`; opening a store applies the rest in order.
 * Never edit a released migration: append a new one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Each migration says its version: versions are handed out ahead of merging (v6, v7 and v8 were assigned to
 * three branches at once), so a branch may hold v7 before v6 lands. Versions must rise.
 */
const HISTORY: readonly { version: number; description: string; schema: (d: SchemaDialect) => string }[] = [
  { version: 1, description: 'articles, normalised layers, full-text search', schema: schemaV1 },
  { version: 2, description: 'event cues, entity mention counts, query indexes, stories', schema: schemaV2 },
  { version: 3, description: 'ingest run journal (resumable batches)', schema: schemaV3 },
  {
    version: 4,
    description: 'corpus: duplicates, stories, cross-article entities, corroboration',
    schema: schemaV4,
  },
  { version: 5, description: 'place admin1 and confidence (site home regions)', schema: schemaV5 },
  { version: 6, description: 'watch: feeds, items seen, alerts', schema: schemaV6 },
  { version: 7, description: 'corrections reported from the dashboard', schema: schemaV7 },
  { version: 8, description: 'corpus events and their mentions across articles', schema: schemaV8 },
];

/** The migrations in one engine's SQL. */
export const migrationsFor = (d: SchemaDialect): Migration[] =>
  HISTORY.map(({ version, description, schema }) => ({ version, description, sql: schema(d) }));

/** The migrations a store at version `current` still needs; a store newer than this code is refused. */
export function pending(migrations: readonly Migration[], current: number, name: string): Migration[] {
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new NewsgraphError(
      'STORE_FAILED',
      name,
      `schema version ${current} is newer than this newsgraph (${latest})`,
    );
  }
  return migrations.filter((m) => m.version > current);
}
