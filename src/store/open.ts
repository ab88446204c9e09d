import { PgStore, type PgStoreOptions } from './postgres/pg-store.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
import { DEFAULT_DB_PATH, type Store } from './store.js';

export { DEFAULT_DB_PATH } from './store.js';

/** Options either engine understands (each ignores the rest). */
export type OpenStoreOptions = SqliteStoreOptions & PgStoreOptions;

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** True when `location` names a PostgreSQL database rather than a SQLite file. */
const isPostgresUrl = (location: string): boolean => POSTGRES_URL.test(location);

/**
 * Opens the store at `location`: a `postgres://` (or `postgresql://`) URL selects the PostgreSQL store
 * (connected and migrated on first use), anything else is a SQLite file path.
 */
export function openStore(location: string = DEFAULT_DB_PATH, options: OpenStoreOptions = {}): Store {
  if (isPostgresUrl(location)) return PgStore.open(location, options);
  return SqliteStore.open(location, options);
}
