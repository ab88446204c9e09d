import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Doc } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import type { JournalPut } from '../journal.js';
import type { Db as Kdb } from '../sql/db.js';
import { journal } from '../sql/journal.js';
import { SqlStore } from '../sql/sql-store.js';
import type { PutOptions, PutResult } from '../store.js';
import { PgCorpusRecorder } from './corpus/recorder.js';
import { postgresDialect } from './dialect.js';
import { hasNewsgraphSchema, migratePg } from './migrate.js';
import { createPool, redactUrl } from './pool.js';
import type { Db } from './sql.js';
import { Mutex } from './mutex.js';
import { writeArticle } from './writer.js';

export interface PgStoreOptions {
  /** Fail instead of creating the schema (for commands that only read). */
  mustExist?: boolean;
  /** The clock for `created_at` and journal times (tests fix it). */
  now?: () => Date;
  /** Connections kept open (default 4). */
  poolSize?: number;
}

/**
 * The scale-out store: one PostgreSQL database (or schema: put `options=-c search_path=<schema>` in the URL)
 * shared by any number of processes. Each article is one transaction (article, layers, corpus update,
 * journal row); the corpus update runs under an advisory lock (see `writer.ts`), the analysis before it in
 * parallel. Connecting and migrating happen on first use, so `openStore` stays synchronous.
 */
export class PgStore extends SqlStore {
  protected readonly dialect = postgresDialect;
  private readonly pool: pg.Pool;
  private readonly kysely: Kdb;
  private readonly name: string;
  private readonly recorder = new PgCorpusRecorder();
  /** One corpus update at a time in this process too (the advisory lock orders processes). */
  private readonly corpusTurn = new Mutex();
  private ready?: Promise<void>;
  private closed = false;

  private constructor(
    readonly url: string,
    private readonly options: PgStoreOptions,
  ) {
    super(options.now);
    this.name = redactUrl(url);
    this.pool = createPool(url, { max: options.poolSize ?? 4 });
    this.kysely = new Kysely({ dialect: new PostgresDialect({ pool: this.pool }) });
  }

  /** Opens the store at a `postgres://` URL; the schema is created or migrated on first use. */
  static open(url: string, options: PgStoreOptions = {}): PgStore {
    return new PgStore(url, options);
  }

  /** Connects and migrates (or, with `mustExist`, checks the schema is there). Every method awaits it. */
  connect(): Promise<void> {
    return (this.ready ??= this.init());
  }

  private async init(): Promise<void> {
    const client = await this.pool.connect().catch((error: unknown) => {
      this.ready = undefined; // a later call may find the server up
      throw this.failure(error);
    });
    try {
      if (this.options.mustExist && !(await hasNewsgraphSchema(client))) {
        throw new NewsgraphError(
          'INPUT_MISSING',
          this.name,
          'no newsgraph tables here; run `newsgraph ingest` first',
        );
      }
      await migratePg(client, this.name);
    } catch (error) {
      this.ready = undefined;
      throw this.failure(error);
    } finally {
      client.release();
    }
  }

  async put(doc: Doc, options: PutOptions = {}): Promise<PutResult> {
    const inserted = await this.transaction((db, at) =>
      writeArticle(db, this.recorder, doc, options.origin, at),
    );
    return { id: doc.id, inserted };
  }

  async putIngested(doc: Doc, options: JournalPut): Promise<PutResult> {
    const inserted = await this.transaction(async (db, at) => {
      const stored = await writeArticle(db, this.recorder, doc, options.origin, at);
      const row = journal.stored(this.dialect, doc, options, stored, at).compile(this.kysely);
      await db.query(row.sql, [...row.parameters]);
      return stored;
    });
    return { id: doc.id, inserted };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Runs single statements on any pooled connection (autocommit); failures become STORE_FAILED. */
  protected async read<T>(fn: (db: Kdb) => Promise<T>): Promise<T> {
    await this.connect();
    try {
      return await fn(this.kysely);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /**
   * One transaction on one connection, given the time to record. The corpus update inside runs one at a
   * time in this process; on rollback the corpus recorder forgets what it took in (the database did not).
   */
  private async transaction<T>(fn: (db: Db, at: string) => Promise<T>): Promise<T> {
    await this.connect();
    const release = await this.corpusTurn.acquire();
    const client = await this.pool.connect().catch((error: unknown) => {
      release();
      throw this.failure(error);
    });
    try {
      await client.query('BEGIN');
      const result = await fn(client, this.now().toISOString());
      await client.query('COMMIT');
      return result;
    } catch (error) {
      this.recorder.forget();
      await client.query('ROLLBACK').catch(() => undefined);
      throw this.failure(error);
    } finally {
      release();
      client.release();
    }
  }

  /** Any database failure as STORE_FAILED naming the database; our own errors pass through. */
  private failure(error: unknown): NewsgraphError {
    if (error instanceof NewsgraphError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | undefined)?.code;
    if (this.options.mustExist && code === '3D000') {
      return new NewsgraphError('INPUT_MISSING', this.name, `no such database (${detail})`, { cause: error });
    }
    return new NewsgraphError('STORE_FAILED', this.name, detail, { cause: error });
  }
}
