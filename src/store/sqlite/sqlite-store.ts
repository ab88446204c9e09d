import Database from 'better-sqlite3';
import { articleCorpus, corpusStories } from '../../corpus/store/read.js';
import type { ArticleCorpus, CorpusStory } from '../../corpus/store/read-types.js';
import { Statements } from '../../corpus/store/sql.js';
import type { Doc } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import { resolvePage } from '../page.js';
import {
  DEFAULT_MENTION_LIMIT,
  type ArticleFilter,
  type ArticleListing,
  type EntityDetail,
  type EntityFilter,
  type EntitySummary,
  type EventFilter,
  type EventListing,
  type FindingListing,
  type Paged,
  type QuoteListing,
  type StoryListing,
} from '../queries.js';
import type {
  ArticleSummary,
  Page,
  PutOptions,
  PutResult,
  SearchHit,
  SearchOptions,
  Store,
} from '../store.js';
import type { ErrorFilter, IngestRun, JournalEntry, JournalFailure, JournalPut } from '../journal.js';
import { retryBusy, retryBusySync } from './busy.js';
import { checkSearchText, isFtsSyntaxError, literalQuery } from './fts-query.js';
import { ingestJournal, type IngestJournal } from './journal.js';
import { migrate } from './migrate.js';
import { queryArticles } from './queries/articles.js';
import { getEntity, queryEntities } from './queries/entities.js';
import { queryEvents } from './queries/events.js';
import { queryFindings, queryQuotes, queryStories } from './queries/layers.js';
import type { Prepare } from './queries/prepare.js';
import { statementCache } from './queries/sql.js';
import { articleWriter } from './writer.js';
import type { SiteArticle } from '../../geo/home-region.js';
import { SITE_PLACES_WINDOW, siteArticles, sitePlacesSql, type SitePlaceRow } from '../shared/site-places.js';

export interface SqliteStoreOptions {
  /** Fail instead of creating a new database (for commands that only read). */
  mustExist?: boolean;
  /** How long one statement waits for another process's lock, in ms (default 10000; calls also retry). */
  busyTimeoutMs?: number;
  /** The clock for `created_at` (tests fix it). */
  now?: () => Date;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/**
 * The embedded store: one SQLite file in WAL mode, so readers never block the writer. Several processes
 * may write it at once (two ingests, an ingest and a server): writes begin IMMEDIATE, each statement waits
 * for the lock (busy timeout) and each call is retried with backoff while the database stays busy.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly write: ReturnType<typeof articleWriter>;
  private readonly now: () => Date;
  private readonly prepare: Prepare;
  private readonly journal: IngestJournal;

  private constructor(
    readonly path: string,
    db: Database.Database,
    options: SqliteStoreOptions,
  ) {
    this.db = db;
    this.now = options.now ?? (() => new Date());
    this.write = articleWriter(db);
    this.prepare = statementCache(db);
    this.journal = ingestJournal(db, this.write);
  }

  /** Opens (or creates) the database at `path` (`:memory:` for a throwaway one) and migrates it. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    let db: Database.Database | undefined;
    try {
      // The busy timeout is set first: switching to WAL and migrating take locks another ingest may hold.
      const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
      const opened = new Database(path, { fileMustExist: options.mustExist ?? false, timeout });
      db = opened;
      retryBusySync(() => {
        if (path !== ':memory:') opened.pragma('journal_mode = WAL');
        opened.pragma('foreign_keys = ON');
        // WAL + NORMAL: a power cut may lose the last commits but never leaves an article half-written.
        opened.pragma('synchronous = NORMAL');
        migrate(opened, path);
      });
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

  async get(id: string): Promise<Doc | undefined> {
    const json = await this.guard(() =>
      this.db.prepare('SELECT doc_json FROM articles WHERE id = ?').pluck().get(id),
    );
    return typeof json === 'string' ? (JSON.parse(json) as Doc) : undefined;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const { limit, offset } = resolvePage(options);
    if (query.trim() === '') throw new NewsgraphError('BAD_ARGUMENT', 'query', 'empty search');
    checkSearchText(query, 'query');
    const [open, close] = options.highlight ?? ['[', ']'];
    const statement = this.db.prepare(
      `SELECT a.id, a.title, a.published, snippet(articles_fts, -1, @open, @close, '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH @match
        ORDER BY rank, a.seq
        LIMIT @limit OFFSET @offset`,
    );
    const run = (match: string): SearchHit[] =>
      statement.all({ open, close, match, limit, offset }) as SearchHit[];
    const syntax = options.syntax ?? 'auto';
    if (syntax === 'plain') return this.guard(() => run(literalQuery(query)));
    try {
      return run(query);
    } catch (error) {
      if (!isFtsSyntaxError(error)) throw storeFailed(this.path, error);
      if (syntax === 'fts') {
        throw new NewsgraphError('BAD_ARGUMENT', 'query', `not a valid FTS5 query: ${error.message}`, {
          cause: error,
        });
      }
      return this.guard(() => run(literalQuery(query)));
    }
  }

  async list(page?: Page): Promise<ArticleSummary[]> {
    const { limit, offset } = resolvePage(page);
    return this.guard(
      () =>
        this.db
          .prepare(
            `SELECT id, uri, site, title, published, created_at AS createdAt FROM articles
              ORDER BY published IS NULL, published DESC, seq LIMIT ? OFFSET ?`,
          )
          .all(limit, offset) as ArticleSummary[],
    );
  }

  async count(): Promise<number> {
    return this.guard(() => this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number);
  }

  async queryArticles(filter: ArticleFilter = {}, page?: Page): Promise<Paged<ArticleListing>> {
    const bounds = resolvePage(page);
    return this.guard(() => queryArticles(this.prepare, filter, bounds));
  }

  async queryEntities(filter: EntityFilter = {}, page?: Page): Promise<Paged<EntitySummary>> {
    const bounds = resolvePage(page);
    return this.guard(() => queryEntities(this.prepare, filter, bounds));
  }

  async getEntity(name: string, options: { mentionLimit?: number } = {}): Promise<EntityDetail | undefined> {
    const { limit } = resolvePage({ limit: options.mentionLimit ?? DEFAULT_MENTION_LIMIT });
    return this.guard(() => getEntity(this.prepare, name.trim(), limit));
  }

  async queryEvents(filter: EventFilter = {}, page?: Page): Promise<Paged<EventListing>> {
    const bounds = resolvePage(page);
    return this.guard(() => queryEvents(this.prepare, filter, bounds));
  }

  async queryQuotes(filter: { speaker?: string } = {}, page?: Page): Promise<Paged<QuoteListing>> {
    const bounds = resolvePage(page);
    return this.guard(() => queryQuotes(this.prepare, filter, bounds));
  }

  async queryFindings(filter: { kind?: string } = {}, page?: Page): Promise<Paged<FindingListing>> {
    const bounds = resolvePage(page);
    return this.guard(() => queryFindings(this.prepare, filter, bounds));
  }

  async queryStories(page?: Page): Promise<Paged<StoryListing>> {
    const bounds = resolvePage(page);
    return this.guard(() => queryStories(this.prepare, bounds));
  }

  async sitePlaces(): Promise<SiteArticle[]> {
    return this.guard(() =>
      siteArticles(
        this.prepare(sitePlacesSql('@window')).all({ window: SITE_PLACES_WINDOW }) as SitePlaceRow[],
      ),
    );
  }

  async startIngestRun(args: readonly string[]): Promise<number> {
    return this.guard(() => this.journal.startRun(args, this.now().toISOString()));
  }

  async finishIngestRun(run: number): Promise<void> {
    await this.guard(() => this.journal.finishRun(run, this.now().toISOString()));
  }

  async getIngestRun(run: number): Promise<IngestRun | undefined> {
    return this.guard(() => this.journal.getRun(run));
  }

  async putIngested(doc: Doc, options: JournalPut): Promise<PutResult> {
    const inserted = await this.guard(() => this.journal.put(doc, options, this.now().toISOString()));
    return { id: doc.id, inserted };
  }

  async recordIngestFailure(run: number, failure: JournalFailure): Promise<void> {
    await this.guard(() => this.journal.fail(run, failure, this.now().toISOString()));
  }

  async ingestedItem(inputKey: string): Promise<JournalEntry | undefined> {
    return this.guard(() => this.journal.done(inputKey));
  }

  async ingestErrors(filter: ErrorFilter = {}, page?: Page): Promise<JournalEntry[]> {
    const { limit, offset } = resolvePage(page);
    return this.guard(() => this.journal.errors(filter, limit, offset));
  }

  async listCorpusStories(page?: Page): Promise<Paged<CorpusStory>> {
    const bounds = resolvePage(page);
    return this.guard(() => corpusStories(this.corpusStatements(), bounds));
  }

  async getArticleCorpus(id: string): Promise<ArticleCorpus | undefined> {
    return this.guard(() => articleCorpus(this.corpusStatements(), id));
  }

  private corpusSql?: Statements;
  private corpusStatements(): Statements {
    return (this.corpusSql ??= new Statements(this.db));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs a database call, retried while another process holds the lock; a failure becomes STORE_FAILED. */
  private async guard<T>(fn: () => T): Promise<T> {
    try {
      return await retryBusy(fn);
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      throw storeFailed(this.path, error);
    }
  }
}

function storeFailed(path: string, error: unknown): NewsgraphError {
  const detail = error instanceof Error ? error.message : String(error);
  return new NewsgraphError('STORE_FAILED', path, detail, { cause: error });
}
