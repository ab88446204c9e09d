import { NewsgraphError } from '../../errors.js';
import type { SchemaDialect } from './types.js';
import { schemaV1 } from './v1.js';
import { schemaV2 } from './v2.js';
import { schemaV3 } from './v3.js';
import { schemaV4 } from './v4.js';
import { schemaV5 } from './v5.js';
import { schemaV6 } from './v6.js';

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

const HISTORY: readonly { description: string; schema: (d: SchemaDialect) => string }[] = [
  { description: 'articles, normalised layers, full-text search', schema: schemaV1 },
  { description: 'event cues, entity mention counts, query indexes, stories', schema: schemaV2 },
  { description: 'ingest run journal (resumable batches)', schema: schemaV3 },
  { description: 'corpus: duplicates, stories, cross-article entities, corroboration', schema: schemaV4 },
  { description: 'place admin1 and confidence (site home regions)', schema: schemaV5 },
  { description: 'watch: feeds, items seen, alerts', schema: schemaV6 },
];

/** The migrations in one engine's SQL. */
export const migrationsFor = (d: SchemaDialect): Migration[] =>
  HISTORY.map(({ description, schema }, i) => ({ version: i + 1, description, sql: schema(d) }));

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
