import { NewsgraphError } from '../errors.js';
import {
  INPUT_EXTENSIONS,
  itemName,
  listInputs,
  readInputItems,
  type ItemReadOptions,
  type ReadInput,
} from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { analyzeInput, type AnalyzeOptions } from './analyze.js';

export type IngestStatus = 'stored' | 'duplicate' | 'failed';

export interface IngestResult {
  /** The file, or for one article of a feed, WARC or JSONL file, the file and where in it (`x.jsonl line 3`). */
  path: string;
  status: IngestStatus;
  /** The article id, when the file was analysed. */
  id?: string;
  /** Why the file failed: a NewsgraphError for bad input, anything else is a bug somewhere. */
  error?: unknown;
}

export interface IngestSummary {
  stored: number;
  duplicates: number;
  failed: number;
  results: IngestResult[];
}

/**
 * Analyses and stores every file under `paths`. A bad file is recorded as failed and skipped; the others
 * are stored, each in its own transaction, so an interrupted run leaves every stored article whole and can
 * simply be run again (articles already stored count as duplicates). A store failure aborts the run.
 */
export async function ingestPaths(
  paths: readonly string[],
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  // `-` (stdin) passes through listInputs as a name and readInputItems reads stdin for it.
  const files = listInputs(paths);
  if (files.length === 0) {
    const kinds = [...INPUT_EXTENSIONS].join(' ');
    throw new NewsgraphError('BAD_ARGUMENT', paths.join(' '), `no input files found (looked for ${kinds})`);
  }
  const summary: IngestSummary = { stored: 0, duplicates: 0, failed: 0, results: [] };
  for (const path of files) {
    // A feed, WARC or JSONL file holds many articles: each is stored (or fails) on its own.
    for await (const outcome of readInputItems(path, options)) {
      const result = outcome.ok
        ? await ingestOne(outcome.input, store, options)
        : { path: outcome.name, status: 'failed' as const, error: outcome.error };
      summary.results.push(result);
      if (result.status === 'stored') summary.stored++;
      else if (result.status === 'duplicate') summary.duplicates++;
      else summary.failed++;
      options.onResult?.(result);
    }
  }
  return summary;
}

export interface IngestOptions extends AnalyzeOptions, ItemReadOptions {
  onResult?: (result: IngestResult) => void;
}

async function ingestOne(input: ReadInput, store: Store, options: AnalyzeOptions): Promise<IngestResult> {
  const path = itemName(input.path, input.item);
  let id: string | undefined;
  try {
    const doc = await analyzeInput(input, options);
    id = doc.id;
    const { inserted } = await store.put(doc, { origin: path });
    return { path, id, status: inserted ? 'stored' : 'duplicate' };
  } catch (error) {
    // The database failing is not this file's fault: every later file would fail the same way.
    if (error instanceof NewsgraphError && error.code === 'STORE_FAILED') throw error;
    return { path, status: 'failed', error, ...(id ? { id } : {}) };
  }
}

/**
 * Exit status of an ingest run (documented in `newsgraph ingest --help`):
 * 0 no file failed (articles already stored count as done, so re-running an ingest to resume it
 * succeeds); the catalog's code when every file failed for the same kind of reason (66 missing, 65 bad
 * content…); 2 otherwise (some files failed).
 */
export function ingestExitCode(summary: IngestSummary): number {
  if (summary.failed === 0) return 0;
  const codes = new Set(
    summary.results.map((r) => (r.error instanceof NewsgraphError ? r.error.exitCode : -1)),
  );
  const [only] = codes;
  if (summary.failed === summary.results.length && codes.size === 1 && only !== undefined && only > 0)
    return only;
  return INGEST_SOME_FAILED;
}

export const INGEST_SOME_FAILED = 2;
