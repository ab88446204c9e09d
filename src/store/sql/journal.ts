import { sql } from 'kysely';
import {
  DONE_STATUSES,
  type ErrorFilter,
  type IngestRun,
  type JournalEntry,
  type JournalFailure,
  type JournalPut,
} from '../journal.js';
import { exec, first, fromJson, rows, type Db } from './db.js';
import type { SqlDialect } from './dialect.js';

const ENTRY_COLUMNS = sql`run, input_key AS "inputKey", status, article_id AS "articleId",
  error_code AS "errorCode", error, at`;

/** The ingest journal's statements (see `../journal.ts`); `at` is the time to record (the store's clock). */
export const journal = {
  async startRun(db: Db, args: readonly string[], at: string): Promise<number> {
    const row = await first<{ id: number }>(
      db,
      sql`INSERT INTO ingest_runs (started_at, args) VALUES (${at}, ${JSON.stringify(args)}) RETURNING id`,
    );
    return Number(row?.id);
  },

  async finishRun(db: Db, id: number, at: string): Promise<void> {
    await exec(db, sql`UPDATE ingest_runs SET finished_at = ${at} WHERE id = ${id}`);
  },

  async getRun(db: Db, id: number): Promise<IngestRun | undefined> {
    const row = await first<IngestRun>(
      db,
      sql`SELECT id, started_at AS "startedAt", args, finished_at AS "finishedAt" FROM ingest_runs WHERE id = ${id}`,
    );
    return row && { ...row, args: fromJson<string[]>(row.args) };
  },

  /** The journal row of a stored (or already stored) article: written in the article's transaction. */
  stored(dialect: SqlDialect, doc: { id: string }, options: JournalPut, inserted: boolean, at: string) {
    const status = inserted ? 'stored' : 'duplicate';
    return dialect.upsertJournalItem(
      sql`${options.run}, ${options.inputKey}, ${status}, ${doc.id}, ${null}, ${null}, ${at}`,
    );
  },

  async fail(db: Db, dialect: SqlDialect, run: number, failure: JournalFailure, at: string): Promise<void> {
    const status = failure.permanent ? 'failed' : 'transient';
    const values = sql`${run}, ${failure.inputKey}, ${status}, ${null}, ${failure.errorCode}, ${failure.error}, ${at}`;
    await exec(db, dialect.upsertJournalItem(values));
  },

  async done(db: Db, inputKey: string): Promise<JournalEntry | undefined> {
    return first<JournalEntry>(
      db,
      sql`SELECT ${ENTRY_COLUMNS} FROM ingest_items
           WHERE input_key = ${inputKey} AND status IN (${sql.join([...DONE_STATUSES])})
           ORDER BY run DESC LIMIT 1`,
    );
  },

  /** Without a run: failures not followed by a later row for the same input (what is still broken). */
  async errors(
    db: Db,
    dialect: SqlDialect,
    filter: ErrorFilter,
    limit: number,
    offset: number,
  ): Promise<JournalEntry[]> {
    const which =
      filter.run === undefined
        ? sql`NOT EXISTS (SELECT 1 FROM ingest_items j WHERE j.input_key = i.input_key AND j.run > i.run)`
        : sql`i.run = ${filter.run}`;
    return rows<JournalEntry>(
      db,
      sql`SELECT ${ENTRY_COLUMNS} FROM ingest_items i
           WHERE status IN ('failed', 'transient') AND ${which}
           ORDER BY i.run, ${dialect.insertOrder('i')} LIMIT ${limit} OFFSET ${offset}`,
    );
  },
};
