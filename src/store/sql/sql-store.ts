import { sql } from 'kysely';
import type { Doc } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import type { ErrorFilter, JournalEntry, JournalFailure, JournalPut } from '../journal.js';
import {
  DEFAULT_MENTION_LIMIT,
  DEFAULT_NETWORK_NODES,
  type CorpusViewFilter,
  type CorrectionInput,
  type EntityDetail,
  type Paged,
} from '../queries.js';
import { SITE_PLACES_WINDOW, siteArticles, sitePlacesSql, type SitePlaceRow } from '../shared/site-places.js';
import type { ArticleSummary, Page, PutOptions, PutResult, SearchHit, SearchOptions } from '../store.js';
import { CorpusRecorder } from '../corpus/recorder.js';
import { count, exec, first, fromJson, rows, type Db } from './db.js';
import type { SqlDialect } from './dialect.js';
import { journal } from './journal.js';
import type { Listing } from './listings.js';
import { addCorrection } from './queries/corrections.js';
import { getEntity } from './queries/entities.js';
import { articleCorpusEvents, getCorpusEvent } from './queries/corpus-events.js';
import { queryNetwork } from './queries/corpus-views.js';
import { articleCorpus } from './corpus-read.js';
import { resolvePage } from '../page.js';
import { Mutex } from './mutex.js';
import { checkSearchText } from './search-text.js';
import { writeArticle } from './writer.js';
import { sqlWatchStore } from './watch-store.js';
import type { WatchStore } from '../watch.js';

/**
 * The `Store` both engines share: every read, every write and the journal written once over Kysely and a
 * `SqlDialect`. An engine adds how it connects (`read`) and closing. Its public methods are the `Store`.
 */
export abstract class SqlStore {
  protected abstract readonly dialect: SqlDialect;
  protected readonly now: () => Date;
  private recorder?: CorpusRecorder;
  /** One write at a time in this process: the corpus recorder's memory is the process's (locks order processes). */
  private readonly writeTurn = new Mutex();

  protected constructor(now: (() => Date) | undefined) {
    this.now = now ?? (() => new Date());
  }

  /** Runs `fn` on the engine's connection; a database failure becomes STORE_FAILED naming the store. */
  protected abstract read<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  abstract close(): Promise<void>;

  /** Stores a Doc under `doc.id`. The same id again is not stored twice: `inserted` is then false. */
  async put(doc: Doc, options: PutOptions = {}): Promise<PutResult> {
    const inserted = await this.write((db, at) => this.writeArticle(db, doc, options.origin, at));
    return { id: doc.id, inserted };
  }

  /** Stores a Doc and its journal row in one transaction: both are written or neither. */
  async putIngested(doc: Doc, options: JournalPut): Promise<PutResult> {
    const inserted = await this.write(async (db, at) => {
      const stored = await this.writeArticle(db, doc, options.origin, at);
      await exec(db, journal.stored(this.dialect, doc, options, stored, at));
      return stored;
    });
    return { id: doc.id, inserted };
  }

  private writeArticle(db: Db, doc: Doc, origin: string | undefined, at: string): Promise<boolean> {
    this.recorder ??= new CorpusRecorder(this.dialect);
    return writeArticle(db, this.dialect, this.recorder, doc, origin, at);
  }

  /**
   * One write transaction on one connection held for it, given the time to record (SQLite retries it whole
   * while another process holds the lock). On rollback the corpus recorder forgets what it took in.
   */
  private async write<T>(fn: (db: Db, at: string) => Promise<T>): Promise<T> {
    const release = await this.writeTurn.acquire();
    try {
      return await this.read((db) =>
        db.connection().execute(async (held) => {
          const connection = this.holding(held);
          await exec(connection, sql.raw(this.dialect.beginWrite));
          try {
            const result = await fn(connection, this.now().toISOString());
            await exec(connection, sql`COMMIT`);
            return result;
          } catch (error) {
            this.recorder?.forget();
            await exec(connection, sql`ROLLBACK`).catch(() => undefined);
            throw error;
          }
        }),
      );
    } finally {
      release();
    }
  }

  /** The connection a write transaction holds, as its statements will run on it (see `SqliteStore`). */
  protected holding(connection: Db): Db {
    return connection;
  }

  async get(id: string): Promise<Doc | undefined> {
    const row = await this.read((db) =>
      first<{ doc: unknown }>(db, sql`SELECT doc_json AS doc FROM articles WHERE id = ${id}`),
    );
    return row && fromJson<Doc>(row.doc);
  }

  /** Full-text search over title and text, best match first. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const { limit, offset } = resolvePage(options);
    if (query.trim() === '') throw new NewsgraphError('BAD_ARGUMENT', 'query', 'empty search');
    checkSearchText(query, 'query');
    const marks = options.highlight ?? ['[', ']'];
    return this.read((db) =>
      this.dialect.search(db, query, options.syntax ?? 'auto', marks, (mode) =>
        rows<SearchHit>(
          db,
          sql`SELECT a.id, a.title, a.published, ${mode.snippet} AS snippet FROM ${mode.from} WHERE ${mode.match}
               ORDER BY ${mode.order} LIMIT ${limit} OFFSET ${offset}`,
        ),
      ),
    );
  }

  /** Stored articles, newest publication first. */
  async list(page?: Page): Promise<ArticleSummary[]> {
    const { limit, offset } = resolvePage(page);
    return this.read((db) =>
      rows<ArticleSummary>(
        db,
        sql`SELECT id, uri, site, title, published, created_at AS "createdAt" FROM articles
             ORDER BY published IS NULL, published DESC, seq LIMIT ${limit} OFFSET ${offset}`,
      ),
    );
  }

  async count(): Promise<number> {
    return this.read((db) => count(db, sql`SELECT count(*) FROM articles`));
  }

  /** One page of a listing (one of `listings`) matching every given filter. */
  async query<F extends object, R>(listing: Listing<F, R>, filter = {} as F, page?: Page): Promise<Paged<R>> {
    const bounds = resolvePage(page);
    return this.read((db) => listing(db, this.dialect, filter, bounds));
  }

  /** One entity by canonical name (case-insensitive), or undefined when no article names it. */
  async getEntity(name: string, options: { mentionLimit?: number } = {}): Promise<EntityDetail | undefined> {
    const { limit } = resolvePage({ limit: options.mentionLimit ?? DEFAULT_MENTION_LIMIT });
    return this.read((db) => getEntity(db, this.dialect, name.trim(), limit));
  }

  /** A `Store` method that runs `query` with the method's arguments on the engine's connection. */
  private reads<A extends unknown[], R>(
    query: (db: Db, ...args: A) => Promise<R>,
  ): (...args: A) => Promise<R> {
    return (...args) => this.read((db) => query(db, ...args));
  }

  private at = (): string => this.now().toISOString();

  /** The `maxNodes` entities in most articles in view and their links (the corpus network). */
  readonly getNetwork = this.reads(
    (db, filter: CorpusViewFilter = {}, maxNodes: number = DEFAULT_NETWORK_NODES) =>
      queryNetwork(db, this.dialect, filter, maxNodes),
  );
  /** Stores a correction an analyst reported; answers it with its id. */
  readonly addCorrection = this.reads((db, input: CorrectionInput) => addCorrection(db, input, this.at()));
  /**
   * The places of the most recent stored articles (`SITE_PLACES_WINDOW`), one entry per article keyed by
   * publication: what `learnHomeRegions` reads to learn each site's home region.
   */
  readonly sitePlaces = this.reads(async (db) =>
    siteArticles(await rows<SitePlaceRow>(db, sitePlacesSql(SITE_PLACES_WINDOW))),
  );
  /** Starts an ingest run in the journal (see `journal.ts`) and returns its id. */
  readonly startIngestRun = this.reads((db, args: readonly string[]) =>
    journal.startRun(db, args, this.at()),
  );
  /** Marks a run finished (an interrupted run keeps `finishedAt` null). */
  readonly finishIngestRun = this.reads((db, run: number) => journal.finishRun(db, run, this.at()));
  readonly getIngestRun = this.reads(journal.getRun);
  readonly recordIngestFailure = this.reads((db, run: number, failure: JournalFailure) =>
    journal.fail(db, this.dialect, run, failure, this.at()),
  );
  /** The latest journal row that says this input is done (stored, duplicate, failed for good), if any. */
  readonly ingestedItem = this.reads(journal.done);
  /** An article's story, duplicate links, corroboration counts and cross-article findings; undefined if unknown. */
  readonly getArticleCorpus = this.reads((db, id: string) => articleCorpus(db, this.dialect, id));
  /** One corpus event with its mentions; undefined if unknown. */
  readonly getCorpusEvent = this.reads(getCorpusEvent);
  /** The corpus event counts of each of an article's events filed under one, by event index. */
  readonly articleCorpusEvents = this.reads(articleCorpusEvents);

  /** Journal failures, oldest run first (see `ErrorFilter` for which). */
  async ingestErrors(filter: ErrorFilter = {}, page?: Page): Promise<JournalEntry[]> {
    const { limit, offset } = resolvePage(page);
    return this.read((db) => journal.errors(db, this.dialect, filter, limit, offset));
  }

  /** `newsgraph watch`'s state: feeds, items seen, alerts (see `watch.ts`). */
  watch(): WatchStore {
    return sqlWatchStore((fn) => this.read(fn), this.dialect);
  }
}
