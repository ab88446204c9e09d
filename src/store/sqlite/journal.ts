import type { Database } from 'better-sqlite3';
import type { Doc } from '../../doc/types.js';
import {
  DONE_STATUSES,
  type ErrorFilter,
  type IngestRun,
  type JournalEntry,
  type JournalFailure,
  type JournalPut,
} from '../journal.js';

type ArticleWrite = (doc: Doc, origin: string | undefined, createdAt: string) => boolean;

const ENTRY_COLUMNS = `run, input_key AS inputKey, status, article_id AS articleId, error_code AS errorCode,
  error, at`;

/** The journal's operations on one database; `at` is the time to record (the store's clock). */
export interface IngestJournal {
  startRun(args: readonly string[], at: string): number;
  finishRun(run: number, at: string): void;
  getRun(run: number): IngestRun | undefined;
  put(doc: Doc, options: JournalPut, at: string): boolean;
  fail(run: number, failure: JournalFailure, at: string): void;
  done(inputKey: string): JournalEntry | undefined;
  errors(filter: ErrorFilter, limit: number, offset: number): JournalEntry[];
}

/**
 * The journal's statements. `put` wraps the article writer (itself a transaction, so it nests as a
 * savepoint) and the journal row in one transaction: a killed process leaves both or neither.
 */
export function ingestJournal(db: Database, writeArticle: ArticleWrite): IngestJournal {
  const insertRun = db.prepare('INSERT INTO ingest_runs (started_at, args) VALUES (?, ?)');
  const finishRun = db.prepare('UPDATE ingest_runs SET finished_at = ? WHERE id = ?');
  const selectRun = db.prepare('SELECT id, started_at, args, finished_at FROM ingest_runs WHERE id = ?');
  const insertItem = db.prepare(
    `INSERT OR REPLACE INTO ingest_items (run, input_key, status, article_id, error_code, error, at)
     VALUES (@run, @inputKey, @status, @articleId, @errorCode, @error, @at)`,
  );
  const done = DONE_STATUSES.map((s) => `'${s}'`).join(', ');
  const selectDone = db.prepare(
    `SELECT ${ENTRY_COLUMNS} FROM ingest_items WHERE input_key = ? AND status IN (${done})
      ORDER BY run DESC LIMIT 1`,
  );
  // Without a run: failures not followed by a later row for the same input (what is still broken).
  const selectErrors = db.prepare(
    `SELECT ${ENTRY_COLUMNS} FROM ingest_items i
      WHERE status IN ('failed', 'transient')
        AND (CASE WHEN @run IS NULL
                  THEN NOT EXISTS (SELECT 1 FROM ingest_items j WHERE j.input_key = i.input_key AND j.run > i.run)
                  ELSE i.run = @run END)
      ORDER BY run, rowid LIMIT @limit OFFSET @offset`,
  );

  const put = db.transaction((doc: Doc, options: JournalPut, at: string): boolean => {
    const inserted = writeArticle(doc, options.origin, at);
    insertItem.run({
      run: options.run,
      inputKey: options.inputKey,
      status: inserted ? 'stored' : 'duplicate',
      articleId: doc.id,
      errorCode: null,
      error: null,
      at,
    });
    return inserted;
  });

  return {
    startRun: (args: readonly string[], at: string): number =>
      Number(insertRun.run(at, JSON.stringify(args)).lastInsertRowid),
    finishRun: (run: number, at: string): void => void finishRun.run(at, run),
    getRun: (run: number): IngestRun | undefined => {
      const row = selectRun.get(run) as
        { id: number; started_at: string; args: string; finished_at: string | null } | undefined;
      if (!row) return undefined;
      const args = JSON.parse(row.args) as string[];
      return { id: row.id, startedAt: row.started_at, args, finishedAt: row.finished_at };
    },
    // IMMEDIATE: take the write lock at BEGIN, waiting for it, rather than fail to upgrade a read later.
    put: (doc, options, at) => put.immediate(doc, options, at),
    fail: (run: number, failure: JournalFailure, at: string): void =>
      void insertItem.run({
        run,
        inputKey: failure.inputKey,
        status: failure.permanent ? 'failed' : 'transient',
        articleId: null,
        errorCode: failure.errorCode,
        error: failure.error,
        at,
      }),
    done: (inputKey: string): JournalEntry | undefined =>
      selectDone.get(inputKey) as JournalEntry | undefined,
    errors: (filter: ErrorFilter, limit: number, offset: number): JournalEntry[] =>
      selectErrors.all({ run: filter.run ?? null, limit, offset }) as JournalEntry[],
  };
}
