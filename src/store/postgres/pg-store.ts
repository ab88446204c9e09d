import type pg from 'pg';
import type { ArticleCorpus, CorpusStory } from '../../corpus/store/read-types.js';
import type { Doc } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import type { ErrorFilter, IngestRun, JournalEntry, JournalFailure, JournalPut } from '../journal.js';
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
import { PgCorpusRecorder } from './corpus/recorder.js';
import { articleCorpusPg, corpusStoriesPg } from './corpus/read.js';
import { pgJournal } from './journal.js';
import { hasNewsgraphSchema, migratePg } from './migrate.js';
import { createPool, redactUrl } from './pool.js';
import { queryArticlesPg } from './queries/articles.js';
import { getEntityPg, queryEntitiesPg } from './queries/entities.js';
import { queryEventsPg } from './queries/events.js';
import { queryFindingsPg, queryQuotesPg, queryStoriesPg } from './queries/layers.js';
import { headlineOptions, snippetSql, tsQuery } from './search.js';
import { Params, rows, value, type Db } from './sql.js';
import { Mutex } from './mutex.js';
import { writeArticle } from './writer.js';
import type { SiteArticle } from '../../geo/home-region.js';
import { SITE_PLACES_WINDOW, siteArticles, sitePlacesSql, type SitePlaceRow } from '../shared/site-places.js';

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
export class PgStore implements Store {
  private readonly pool: pg.Pool;
  private readonly now: () => Date;
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
    this.name = redactUrl(url);
    this.now = options.now ?? (() => new Date());
    this.pool = createPool(url, { max: options.poolSize ?? 4 });
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
      await pgJournal.stored(db, doc, options, stored, at);
      return stored;
    });
    return { id: doc.id, inserted };
  }

  async get(id: string): Promise<Doc | undefined> {
    return this.read((db) => value<Doc>(db, 'SELECT doc_json FROM articles WHERE id = $1', [id]));
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const { limit, offset } = resolvePage(options);
    if (query.trim() === '') throw new NewsgraphError('BAD_ARGUMENT', 'query', 'empty search');
    const [open, close] = options.highlight ?? ['[', ']'];
    const params = new Params();
    const q = tsQuery(query, options.syntax ?? 'auto', params);
    const snippet = snippetSql('tq.q', params.add(headlineOptions(open, close)), [
      params.add(open),
      params.add(close),
    ]);
    return this.read((db) =>
      rows<SearchHit>(
        db,
        `SELECT a.id, a.title, a.published, ${snippet} AS snippet
           FROM articles a, (SELECT ${q} AS q) tq
          WHERE a.search @@ tq.q
          ORDER BY ts_rank_cd(a.search, tq.q) DESC, a.seq
          LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
        params.values,
      ),
    );
  }

  async list(page?: Page): Promise<ArticleSummary[]> {
    const { limit, offset } = resolvePage(page);
    return this.read((db) =>
      rows<ArticleSummary>(
        db,
        `SELECT id, uri, site, title, published, created_at AS "createdAt" FROM articles
          ORDER BY published IS NULL, published DESC, seq LIMIT $1 OFFSET $2`,
        [limit, offset],
      ),
    );
  }

  async count(): Promise<number> {
    return this.read(async (db) => (await value<number>(db, 'SELECT count(*) FROM articles')) ?? 0);
  }

  async queryArticles(filter: ArticleFilter = {}, page?: Page): Promise<Paged<ArticleListing>> {
    const bounds = resolvePage(page);
    return this.read((db) => queryArticlesPg(db, filter, bounds));
  }

  async queryEntities(filter: EntityFilter = {}, page?: Page): Promise<Paged<EntitySummary>> {
    const bounds = resolvePage(page);
    return this.read((db) => queryEntitiesPg(db, filter, bounds));
  }

  async getEntity(name: string, options: { mentionLimit?: number } = {}): Promise<EntityDetail | undefined> {
    const { limit } = resolvePage({ limit: options.mentionLimit ?? DEFAULT_MENTION_LIMIT });
    return this.read((db) => getEntityPg(db, name.trim(), limit));
  }

  async queryEvents(filter: EventFilter = {}, page?: Page): Promise<Paged<EventListing>> {
    const bounds = resolvePage(page);
    return this.read((db) => queryEventsPg(db, filter, bounds));
  }

  async queryQuotes(filter: { speaker?: string } = {}, page?: Page): Promise<Paged<QuoteListing>> {
    const bounds = resolvePage(page);
    return this.read((db) => queryQuotesPg(db, filter, bounds));
  }

  async queryFindings(filter: { kind?: string } = {}, page?: Page): Promise<Paged<FindingListing>> {
    const bounds = resolvePage(page);
    return this.read((db) => queryFindingsPg(db, filter, bounds));
  }

  async queryStories(page?: Page): Promise<Paged<StoryListing>> {
    const bounds = resolvePage(page);
    return this.read((db) => queryStoriesPg(db, bounds));
  }

  async listCorpusStories(page?: Page): Promise<Paged<CorpusStory>> {
    const bounds = resolvePage(page);
    return this.read((db) => corpusStoriesPg(db, bounds));
  }

  async getArticleCorpus(id: string): Promise<ArticleCorpus | undefined> {
    return this.read((db) => articleCorpusPg(db, id));
  }

  async sitePlaces(): Promise<SiteArticle[]> {
    return this.read(async (db) =>
      siteArticles(
        await rows<SitePlaceRow & Record<string, unknown>>(db, sitePlacesSql('$1'), [SITE_PLACES_WINDOW]),
      ),
    );
  }

  async startIngestRun(args: readonly string[]): Promise<number> {
    return this.read((db) => pgJournal.startRun(db, args, this.now().toISOString()));
  }

  async finishIngestRun(run: number): Promise<void> {
    return this.read((db) => pgJournal.finishRun(db, run, this.now().toISOString()));
  }

  async getIngestRun(run: number): Promise<IngestRun | undefined> {
    return this.read((db) => pgJournal.getRun(db, run));
  }

  async recordIngestFailure(run: number, failure: JournalFailure): Promise<void> {
    return this.read((db) => pgJournal.fail(db, run, failure, this.now().toISOString()));
  }

  async ingestedItem(inputKey: string): Promise<JournalEntry | undefined> {
    return this.read((db) => pgJournal.done(db, inputKey));
  }

  async ingestErrors(filter: ErrorFilter = {}, page?: Page): Promise<JournalEntry[]> {
    const { limit, offset } = resolvePage(page);
    return this.read((db) => pgJournal.errors(db, filter, limit, offset));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Runs single statements on any pooled connection (autocommit); failures become STORE_FAILED. */
  private async read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    await this.connect();
    try {
      return await fn(this.pool);
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
