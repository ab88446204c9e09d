import {
  DONE_STATUSES,
  type ErrorFilter,
  type IngestRun,
  type JournalEntry,
  type JournalFailure,
  type JournalPut,
} from '../journal.js';
import { row, rows, run, value, type Db } from './sql.js';

const ENTRY_COLUMNS = `run, input_key AS "inputKey", status, article_id AS "articleId", error_code AS "errorCode",
  error, at`;

/** `INSERT OR REPLACE` of SQLite: a replaced row takes a new `seq`, as it would take a new rowid. */
const UPSERT_ITEM = `INSERT INTO ingest_items (run, input_key, status, article_id, error_code, error, at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (run, input_key) DO UPDATE SET status = excluded.status, article_id = excluded.article_id,
    error_code = excluded.error_code, error = excluded.error, at = excluded.at, seq = DEFAULT`;

/** The ingest journal on PostgreSQL (the twin of `sqlite/journal.ts`); `at` is the store's clock. */
export const pgJournal = {
  async startRun(db: Db, args: readonly string[], at: string): Promise<number> {
    const id = await value<number>(
      db,
      'INSERT INTO ingest_runs (started_at, args) VALUES ($1, $2) RETURNING id',
      [at, JSON.stringify(args)],
    );
    return id!;
  },

  async finishRun(db: Db, id: number, at: string): Promise<void> {
    await run(db, 'UPDATE ingest_runs SET finished_at = $1 WHERE id = $2', [at, id]);
  },

  async getRun(db: Db, id: number): Promise<IngestRun | undefined> {
    return row<IngestRun>(
      db,
      `SELECT id, started_at AS "startedAt", args, finished_at AS "finishedAt" FROM ingest_runs WHERE id = $1`,
      [id],
    );
  },

  /** The journal row of a stored (or already stored) article: written in the article's transaction. */
  async stored(
    db: Db,
    doc: { id: string },
    options: JournalPut,
    inserted: boolean,
    at: string,
  ): Promise<void> {
    await run(db, UPSERT_ITEM, [
      options.run,
      options.inputKey,
      inserted ? 'stored' : 'duplicate',
      doc.id,
      null,
      null,
      at,
    ]);
  },

  async fail(db: Db, runId: number, failure: JournalFailure, at: string): Promise<void> {
    await run(db, UPSERT_ITEM, [
      runId,
      failure.inputKey,
      failure.permanent ? 'failed' : 'transient',
      null,
      failure.errorCode,
      failure.error,
      at,
    ]);
  },

  async done(db: Db, inputKey: string): Promise<JournalEntry | undefined> {
    return row<JournalEntry>(
      db,
      `SELECT ${ENTRY_COLUMNS} FROM ingest_items WHERE input_key = $1 AND status = ANY ($2::text[])
        ORDER BY run DESC LIMIT 1`,
      [inputKey, [...DONE_STATUSES]],
    );
  },

  /** Without a run: failures not followed by a later row for the same input (what is still broken). */
  async errors(db: Db, filter: ErrorFilter, limit: number, offset: number): Promise<JournalEntry[]> {
    return rows<JournalEntry>(
      db,
      `SELECT ${ENTRY_COLUMNS} FROM ingest_items i
        WHERE status IN ('failed', 'transient')
          AND (CASE WHEN $1::bigint IS NULL
                    THEN NOT EXISTS (SELECT 1 FROM ingest_items j WHERE j.input_key = i.input_key AND j.run > i.run)
                    ELSE i.run = $1::bigint END)
        ORDER BY run, seq LIMIT $2 OFFSET $3`,
      [filter.run ?? null, limit, offset],
    );
  },
};
