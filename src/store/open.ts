import { NewsgraphError } from '../errors.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The default database file, in the working directory. */
export const DEFAULT_DB_PATH = './newsgraph.db';

/**
 * Opens the store at `location`. A file path means SQLite; a `postgres://` URL will select the PostgreSQL
 * store once it exists.
 */
export function openStore(location: string = DEFAULT_DB_PATH, options: SqliteStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new NewsgraphError('BAD_ARGUMENT', location, 'PostgreSQL is not supported yet; give a file path');
  }
  return SqliteStore.open(location, options);
}
