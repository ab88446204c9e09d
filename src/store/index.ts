/** Storing analysed articles: the engine-neutral `Store` interface and its SQLite and PostgreSQL implementations. */
export * from './store.js';
export * from './watch.js';
export * from './journal.js';
export * from './queries.js';
export type * from './corpus/read-types.js';
export { listings, type Listing } from './sql/listings.js';
export { openStore, type OpenStoreOptions } from './open.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { MIGRATIONS } from './sqlite/schema.js';
export type { Migration } from './schema/migrations.js';
export { migrate, schemaVersion } from './sqlite/migrate.js';
export { PgStore, type PgStoreOptions } from './postgres/pg-store.js';
export { PG_MIGRATIONS } from './postgres/schema.js';
