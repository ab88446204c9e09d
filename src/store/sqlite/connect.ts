import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Db, ImmediateRunner, Tables } from '../sql/db.js';
import { retryBusySync } from './busy.js';

export interface ConnectOptions {
  /** Fail instead of creating a new database (for commands that only read). */
  mustExist?: boolean;
  /** How long one statement waits for another process's lock, in ms (default 10000; calls also retry). */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/** Opens the SQLite file at `path` (`:memory:` for a throwaway one) with the store's settings. */
export function connect(path: string, options: ConnectOptions): Database.Database {
  // The busy timeout is set first: switching to WAL (and migrating, next) take locks another ingest may hold.
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const db = new Database(path, { fileMustExist: options.mustExist ?? false, timeout });
  try {
    retryBusySync(() => {
      if (path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      // WAL + NORMAL: a power cut may lose the last commits but never leaves an article half-written.
      db.pragma('synchronous = NORMAL');
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Prepared statements kept per connection, at most: the few texts every article runs, and the others. */
const STATEMENTS_KEPT = 500;

/**
 * The query layer over `db`, and the runner its write transactions lend their connection (`runsAtOnce`).
 * Kysely prepares every query it runs; the same few texts recur, so each is prepared once per connection
 * here. Closing stays with the store.
 */
export function sqliteKysely(db: Database.Database): { kysely: Db; runner: ImmediateRunner } {
  const statements = new Map<string, Database.Statement>();
  const readers = new WeakSet<Database.Statement>(); // `reader` asked once: it is a call into the addon
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= STATEMENTS_KEPT) statements.clear(); // rare: a store runs a few hundred texts
      statements.set(sql, (statement = db.prepare(sql)));
      if (statement.reader) readers.add(statement);
    }
    return statement;
  };
  const runner: ImmediateRunner = {
    query(text, parameters) {
      const statement = prepare(text);
      if (readers.has(statement)) return statement.all(parameters);
      statement.run(parameters);
      return [];
    },
  };
  const kysely = new Kysely<Tables>({ dialect: new SqliteDialect({ database: { prepare, close() {} } }) });
  return { kysely, runner };
}
