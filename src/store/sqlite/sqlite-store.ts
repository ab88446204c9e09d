import type Database from 'better-sqlite3';
import type { Doc } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import type { JournalPut } from '../journal.js';
import type { Db } from '../sql/db.js';
import { journal } from '../sql/journal.js';
import { SqlStore } from '../sql/sql-store.js';
import type { PutOptions, PutResult } from '../store.js';
import { retryBusy, retryBusySync } from './busy.js';
import { connect, sqliteKysely, type ConnectOptions } from './connect.js';
import { sqliteDialect } from './dialect.js';
import { migrate } from './migrate.js';
import { articleWriter } from './writer.js';

export interface SqliteStoreOptions extends ConnectOptions {
  /** The clock for `created_at` (tests fix it). */
  now?: () => Date;
}

/**
 * The embedded store: one SQLite file in WAL mode, so readers never block the writer. Reads go through the
 * shared query layer; an article is written in one synchronous better-sqlite3 transaction (see `writer.ts`).
 * Several processes may write it at once (two ingests, an ingest and a server): writes begin IMMEDIATE, each
 * statement waits for the lock (busy timeout) and each call is retried with backoff while it stays busy.
 */
export class SqliteStore extends SqlStore {
  protected readonly dialect = sqliteDialect;
  private readonly kysely: Db;
  private readonly write: ReturnType<typeof articleWriter>;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    options: SqliteStoreOptions,
  ) {
    super(options.now);
    this.kysely = sqliteKysely(db);
    this.write = articleWriter(db);
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

  async put(doc: Doc, options: PutOptions = {}): Promise<PutResult> {
    const inserted = await this.guard(() =>
      this.write.immediate(doc, options.origin, this.now().toISOString()),
    );
    return { id: doc.id, inserted };
  }

  /** The article and its journal row in one transaction (the writer's own nests as a savepoint). */
  async putIngested(doc: Doc, options: JournalPut): Promise<PutResult> {
    const at = this.now().toISOString();
    // IMMEDIATE: take the write lock at BEGIN, waiting for it, rather than fail to upgrade a read later.
    const inserted = await this.guard(() =>
      this.db
        .transaction(() => {
          const stored = this.write(doc, options.origin, at);
          const row = journal.stored(this.dialect, doc, options, stored, at).compile(this.kysely);
          this.db.prepare(row.sql).run(row.parameters);
          return stored;
        })
        .immediate(),
    );
    return { id: doc.id, inserted };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  protected async read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await retryBusy(() => fn(this.kysely));
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Runs a database call, retried while another process holds the lock; a failure becomes STORE_FAILED. */
  private async guard<T>(fn: () => T): Promise<T> {
    try {
      return await retryBusy(fn);
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
