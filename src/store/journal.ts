/**
 * The ingest run journal (schema v3): which inputs a batch has done, so re-running it skips them and an
 * interrupted run can be resumed. An input is identified by a stable key (see `src/ingest/batch/input-key.ts`).
 */

/**
 * `stored`/`duplicate`: the article is in the store. `failed`: the input itself is bad (binary, empty, not the
 * expected format), so trying again cannot help. `transient`: it may work next time (a missing or
 * unreadable file, a bug), so a re-run tries it again.
 */
export type JournalStatus = 'stored' | 'duplicate' | 'failed' | 'transient';

/** Statuses a re-run skips. */
export const DONE_STATUSES: readonly JournalStatus[] = ['stored', 'duplicate', 'failed'];

export interface JournalEntry {
  run: number;
  inputKey: string;
  status: JournalStatus;
  articleId: string | null;
  /** The catalog code (src/errors.ts) of a failure, null for an unexpected error (a bug). */
  errorCode: string | null;
  /** One line saying why the input failed. */
  error: string | null;
  at: string;
}

export interface IngestRun {
  id: number;
  startedAt: string;
  /** The arguments the run was started with, as given. */
  args: string[];
  finishedAt: string | null;
}

export interface JournalFailure {
  inputKey: string;
  errorCode: string | null;
  error: string;
  /** true when retrying cannot help (status `failed`), false when a re-run should try again (`transient`). */
  permanent: boolean;
}

export interface JournalPut {
  run: number;
  inputKey: string;
  /** Where the article was read from, kept on the article row. */
  origin?: string;
}

export interface ErrorFilter {
  /** Failures of this run only; by default every input whose latest journal row is a failure. */
  run?: number;
}
