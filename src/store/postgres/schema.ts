import { migrationsFor, type Migration } from '../schema/migrations.js';
import type { SchemaDialect } from '../schema/types.js';

/** PostgreSQL's column types: jsonb, boolean, timestamptz, bytea, bigserial keys. */
const postgresSchema: SchemaDialect = {
  engine: 'postgres',
  int: 'integer',
  bigint: 'bigint',
  real: 'double precision',
  bool: 'boolean',
  json: 'jsonb',
  blob: 'bytea',
  time: 'timestamptz',
  sortedText: 'text COLLATE "C"',
  serialKey: 'bigserial PRIMARY KEY',
  serialRef: 'bigint',
  caseless: (column) => `lower(${column})`,
  docMember: (array, idx, path) => {
    const keys = path.split('.').map((key) => `'${key}'`);
    const last = keys.pop();
    return `(a.doc_json -> '${array}' -> ${idx}${keys.map((k) => ` -> ${k}`).join('')} ->> ${last})`;
  },
};

export const PG_MIGRATIONS: readonly Migration[] = migrationsFor(postgresSchema);
