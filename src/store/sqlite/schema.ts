import { migrationsFor, type Migration } from '../schema/migrations.js';
import type { SchemaDialect } from '../schema/types.js';

/** SQLite's column types: integers, REAL, TEXT for JSON and instants, BLOB; rowid keys. */
const sqliteSchema: SchemaDialect = {
  engine: 'sqlite',
  int: 'INTEGER',
  bigint: 'INTEGER',
  real: 'REAL',
  bool: 'INTEGER',
  json: 'TEXT',
  blob: 'BLOB',
  time: 'TEXT',
  sortedText: 'TEXT',
  serialKey: 'INTEGER PRIMARY KEY',
  serialRef: 'INTEGER',
  caseless: (column) => `${column} COLLATE NOCASE`,
  docMember: (array, idx, path) => `json_extract(a.doc_json, '$.${array}[' || ${idx} || '].${path}')`,
};

export const MIGRATIONS: readonly Migration[] = migrationsFor(sqliteSchema);
