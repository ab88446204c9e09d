import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { NewsgraphError } from '../../errors.js';
import type { Db } from '../sql/db.js';
import { SqlStore } from '../sql/sql-store.js';
import { postgresDialect } from './dialect.js';
import { hasNewsgraphSchema, migratePg } from './migrate.js';
import { namedStatements } from './named.js';
import { createPool, redactUrl } from './pool.js';

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
 * journal row); the corpus update runs under an advisory lock (see `sql/writer.ts`), the rest in parallel. Connecting and migrating happen on first use, so `openStore` stays synchronous.
 */
export class PgStore extends SqlStore {
  protected readonly dialect = postgresDialect;
  private readonly pool: pg.Pool;
  private readonly kysely: Db;
  private readonly name: string;
  private ready?: Promise<void>;
  private closed = false;

  private constructor(
    readonly url: string,
    private readonly options: PgStoreOptions,
  ) {
    super(options.now);
    this.name = redactUrl(url);
    this.pool = createPool(url, { max: options.poolSize ?? 4 });
    this.kysely = new Kysely({ dialect: new PostgresDialect({ pool: namedStatements(this.pool) }) });
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Runs single statements on any pooled connection (autocommit); failures become STORE_FAILED. */
  protected async read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    await this.connect();
    try {
      return await fn(this.kysely);
    } catch (error) {
      throw this.failure(error);
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
