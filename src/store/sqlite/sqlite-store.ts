import type Database from 'better-sqlite3';
import { NewsgraphError } from '../../errors.js';
import { runsAtOnce, type Db, type ImmediateRunner } from '../sql/db.js';
import { SqlStore } from '../sql/sql-store.js';
import { retryBusy, retryBusySync } from './busy.js';
import { connect, sqliteKysely, type ConnectOptions } from './connect.js';
import { sqliteDialect } from './dialect.js';
import { migrate } from './migrate.js';

export interface SqliteStoreOptions extends ConnectOptions {
  /** The clock for `created_at` (tests fix it). */
  now?: () => Date;
}

/**
 * The embedded store: one SQLite file in WAL mode, so readers never block the writer; one connection, which
 * a write transaction holds to its end. Several processes may write it at once (two ingests, an ingest and
 * a server): writes begin IMMEDIATE, each statement waits for the lock (busy timeout) and each call is
 * retried with backoff while it stays busy.
 */
export class SqliteStore extends SqlStore {
  protected readonly dialect = sqliteDialect;
  private readonly kysely: Db;
  private readonly runner: ImmediateRunner;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    options: SqliteStoreOptions,
  ) {
    super(options.now);
    ({ kysely: this.kysely, runner: this.runner } = sqliteKysely(db));
  }

  /** Opens (or creates) the database at `path` (`:memory:` for a throwaway one) and migrates it. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    let db: Database.Database | undefined;
    try {
      const opened = connect(path, options);
      db = opened;
      retryBusySync(() => migrate(opened, path));
      return new SqliteStore(path, db, options);
    } catch (error) {
      db?.close();
      if (error instanceof NewsgraphError) throw error;
      if (options.mustExist && /unable to open|does not exist/i.test(String(error))) {
        throw new NewsgraphError('INPUT_MISSING', path, 'no database here; run `newsgraph ingest` first', {
          cause: error,
        });
      }
      throw storeFailed(path, error);
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** The write transaction's statements run at once: it holds the one connection, so nothing interleaves. */
  protected override holding(connection: Db): Db {
    return runsAtOnce(connection, this.runner);
  }

  protected async read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await retryBusy(() => fn(this.kysely));
    } catch (error) {
      throw this.failure(error);
    }
  }

  private failure(error: unknown): NewsgraphError {
    return error instanceof NewsgraphError ? error : storeFailed(this.path, error);
  }
}

function storeFailed(path: string, error: unknown): NewsgraphError {
  const detail = error instanceof Error ? error.message : String(error);
  return new NewsgraphError('STORE_FAILED', path, detail, { cause: error });
}
