import { isAbsolute, relative } from 'node:path';
import type { Doc, HomeRegion } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
import {
  AnalyzerPool,
  errorFromRecord,
  failureRecord,
  inputKey,
  isResumable,
  keyOfName,
  OrderedWindow,
} from '../ingest/batch/index.js';
import {
  INPUT_EXTENSIONS,
  itemName,
  kindByName,
  listInputs,
  readInputItems,
  STDIN_ARG,
  type ItemReadOptions,
  type ReadInput,
} from '../ingest/index.js';
import type { JournalEntry, Store } from '../store/index.js';
import { HomeRegionLearning } from './home-regions.js';
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
  /**
   * Done in an earlier run (the journal says so), so not analysed again: an article stored then counts as
   * a duplicate now, an input that failed for good fails again with the recorded reason.
   */
  skipped?: boolean;
}

export interface IngestSummary {
  stored: number;
  duplicates: number;
  failed: number;
  results: IngestResult[];
}

/** What `ingestPaths` returns: the counts, plus the run's journal id and what it skipped. */
export interface IngestRunSummary extends IngestSummary {
  /** The journal's id for this run (`newsgraph errors --run <id>`). */
  run: number;
  /**
   * Inputs skipped as done in an earlier run: those stored then are in no other count, those that failed
   * then are in `failed` too.
   */
  skipped: number;
}

export interface IngestOptions extends AnalyzeOptions, ItemReadOptions {
  onResult?: (result: IngestResult) => void;
  /** Called once before the first article: the run's id and, when every input is one article, their number. */
  onStart?: (start: { run: number; total?: number }) => void;
  /**
   * Worker threads analysing in parallel (the main thread reads inputs and writes the store). 0 or 1, the
   * default, analyse in this thread, as does giving an `analyzer` or `ctx` (those cannot cross threads).
   */
  workers?: number;
  /**
   * Seconds one input may take in a worker before it fails with ANALYSIS_TIMEOUT (default 30; 0: none).
   * Given explicitly, one worker (`workers: 1`) also analyses in a worker thread so it can be enforced.
   */
  deadlineSeconds?: number;
  /** Skip inputs the journal records as done (default true); false analyses everything again. */
  resume?: boolean;
  /** What the journal records as this run's arguments (default: the paths). */
  runArgs?: readonly string[];
  /**
   * Learn each site's home region from the stored articles before the run and as it goes (default true;
   * see `HomeRegionLearning`), and read every article with its site's. Ignored when `homeRegions` or
   * `homeRegion` is given.
   */
  learnHomeRegions?: boolean;
}

/** What became of one input before it is committed; failures are values so the window never rejects. */
type Handled =
  | { kind: 'analysed'; doc: Doc }
  | { kind: 'failed'; error: unknown }
  | { kind: 'skipped'; entry: JournalEntry };

interface Task {
  name: string;
  key: string;
  handled: Promise<Handled>;
}

/**
 * Analyses and stores every article under `paths`, journaling each input in the store so that running the
 * same command again skips what is done. Each article is stored together with its journal row in one
 * transaction: a run killed at any moment leaves every stored article whole, and a re-run neither loses nor
 * duplicates one. A bad input is recorded as failed (with its reason) and the batch goes on; a store
 * failure aborts the run.
 */
export async function ingestPaths(
  paths: readonly string[],
  store: Store,
  options: IngestOptions = {},
): Promise<IngestRunSummary> {
  // `-` (stdin) passes through listInputs as a name and readInputItems reads stdin for it.
  const files = listInputs(paths);
  if (files.length === 0) {
    const kinds = [...INPUT_EXTENSIONS].join(' ');
    throw new NewsgraphError('BAD_ARGUMENT', paths.join(' '), `no input files found (looked for ${kinds})`);
  }
  const run = await store.startIngestRun(options.runArgs ?? paths);
  const oneArticleEach = files.every((f) => f !== STDIN_ARG && kindByName(f) === 'single');
  options.onStart?.({ run, ...(oneArticleEach ? { total: files.length } : {}) });
  const summary: IngestRunSummary = { run, stored: 0, duplicates: 0, failed: 0, skipped: 0, results: [] };
  // Nothing to learn when the caller gave the regions, or one home region for every input.
  const given = options.homeRegions || options.homeRegion || options.learnHomeRegions === false;
  const learning = given ? undefined : new HomeRegionLearning(store);
  const homeRegions = (await learning?.learn()) ?? options.homeRegions;
  const analyze = analyzerFor({ ...options, ...(homeRegions ? { homeRegions } : {}) });
  const window = new OrderedWindow<Handled & { task: Task }>(analyze.inFlight);
  const commitAll = async (ready: (Handled & { task: Task })[]): Promise<void> => {
    for (const handled of ready) count(summary, await commit(handled, run, store), options);
  };
  const submit = async (task: Task): Promise<void> =>
    commitAll(await window.push(task.handled.then((h) => ({ ...h, task }))));
  try {
    for (const path of files) {
      const resume = (options.resume ?? true) && isResumable(path);
      // A one-article file done before is skipped without even reading it.
      if (resume && kindByName(path) === 'single') {
        const entry = await store.ingestedItem(keyOfName(path, path));
        if (entry) {
          await submit({ name: path, key: keyOfName(path, path), handled: Promise.resolve(skip(entry)) });
          continue;
        }
      }
      for await (const outcome of readInputItems(path, options)) {
        const key = outcome.ok ? inputKey(outcome.input) : keyOfName(path, outcome.name);
        const name = outcome.ok ? itemName(outcome.input.path, outcome.input.item) : outcome.name;
        const entry = resume ? await store.ingestedItem(key) : undefined;
        if (!entry && outcome.ok && learning?.dueBeforeNext()) {
          await commitAll(await window.drain());
          analyze.setHomeRegions(await learning.learn());
        }
        const handled: Promise<Handled> = entry
          ? Promise.resolve(skip(entry))
          : outcome.ok
            ? analyze.run(outcome.input)
            : Promise.resolve({ kind: 'failed', error: outcome.error });
        await submit({ name, key, handled });
      }
    }
    await commitAll(await window.drain());
    await store.finishIngestRun(run);
  } finally {
    await analyze.close();
  }
  return summary;
}

interface BatchAnalyzer {
  run(input: ReadInput): Promise<Handled>;
  /** How many inputs may be read ahead of the one being stored. */
  inFlight: number;
  /** Home regions for the inputs run from now on. */
  setHomeRegions(homeRegions: ReadonlyMap<string, HomeRegion>): void;
  close(): Promise<void>;
}

function analyzerFor(options: IngestOptions): BatchAnalyzer {
  const workers = Math.floor(options.workers ?? 0);
  const settle = (doc: Promise<Doc>): Promise<Handled> =>
    doc.then(
      (d): Handled => ({ kind: 'analysed', doc: d }),
      (error: unknown): Handled => ({ kind: 'failed', error }),
    );
  const deadline = options.deadlineSeconds;
  const oneWorkerWithDeadline = workers === 1 && deadline !== undefined && deadline > 0;
  if ((workers <= 1 && !oneWorkerWithDeadline) || options.analyzer || options.ctx) {
    let current = options;
    return {
      run: (input) => settle(analyzeInput(input, current)),
      inFlight: 1,
      setHomeRegions: (homeRegions) => (current = { ...current, homeRegions }),
      close: async () => {},
    };
  }
  const pool = new AnalyzerPool(
    workers,
    {
      ...(options.published ? { published: options.published } : {}),
      ...(options.homeRegion ? { homeRegion: options.homeRegion } : {}),
      ...(options.homeRegions ? { homeRegions: options.homeRegions } : {}),
      ...(options.dictionaries ? { dictionaries: options.dictionaries } : {}),
    },
    deadline === undefined ? {} : { deadlineSeconds: deadline },
  );
  // Two per worker: each has its next input waiting while the main thread stores the last result.
  return {
    run: (input) => settle(pool.analyze(input)),
    inFlight: workers * 2,
    setHomeRegions: (homeRegions) => pool.setHomeRegions(homeRegions),
    close: () => pool.close(),
  };
}

function skip(entry: JournalEntry): Handled {
  return { kind: 'skipped', entry };
}

/** Stores an analysed article with its journal row, or journals the failure; a store failure aborts. */
async function commit(handled: Handled & { task: Task }, run: number, store: Store): Promise<IngestResult> {
  const { name: path, key } = handled.task;
  if (handled.kind === 'skipped') return skippedResult(path, handled.entry);
  let failure = handled.kind === 'failed' ? handled.error : undefined;
  let id: string | undefined;
  if (handled.kind === 'analysed') {
    id = handled.doc.id;
    try {
      const origin = sourceOf(path);
      const { inserted } = await store.putIngested(handled.doc, { run, inputKey: key, origin });
      return { path, id, status: inserted ? 'stored' : 'duplicate' };
    } catch (error) {
      // The database failing is not this input's fault: every later input would fail the same way.
      if (error instanceof NewsgraphError && error.code === 'STORE_FAILED') throw error;
      failure = error;
    }
  }
  await store.recordIngestFailure(run, { inputKey: key, ...failureRecord(failure) });
  return { path, status: 'failed', error: failure, ...(id ? { id } : {}) };
}

/**
 * Where an article came from, as lists show it: a file path relative to where ingest ran (absolute when it
 * lies outside), a URL or `-` as given.
 */
export function sourceOf(name: string): string {
  if (!isAbsolute(name)) return name;
  const fromHere = relative(process.cwd(), name);
  return fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : name;
}

function skippedResult(path: string, entry: JournalEntry): IngestResult {
  if (entry.status === 'failed') {
    const error = errorFromRecord(entry.errorCode, entry.error ?? 'failed in an earlier run', path);
    return { path, status: 'failed', error, skipped: true };
  }
  return { path, status: 'duplicate', skipped: true, ...(entry.articleId ? { id: entry.articleId } : {}) };
}

/**
 * Counts one result. An input skipped as done in an earlier run counts as skipped only, not again as a
 * duplicate of itself; one that failed then is still failing (reported again, and in the exit status), so it
 * counts as failed too.
 */
function count(summary: IngestRunSummary, result: IngestResult, options: IngestOptions): void {
  summary.results.push(result);
  if (result.skipped) summary.skipped++;
  if (result.status === 'failed') summary.failed++;
  else if (!result.skipped && result.status === 'stored') summary.stored++;
  else if (!result.skipped) summary.duplicates++;
  options.onResult?.(result);
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
