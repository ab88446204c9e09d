import type { Context } from '../context.js';
import type { Doc, HomeRegion, RawInput } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
// The reading modules themselves: the ingest index would also load the fetcher and the feed readers.
import { readInputFile } from '../ingest/file.js';
import { readInputStream, STDIN_ARG } from '../ingest/stdin.js';
import type { ReadInput, ReadOptions } from '../ingest/types.js';
import type { InputSettings } from '../ingest/batch/messages.js';
import { WARM_UP, withinDeadline } from './deadline.js';

/** Runs the pipeline elsewhere (an `AnalyzerPool`'s workers), so the caller's thread never blocks on it. */
export interface AnalysisRunner {
  analyze(input: ReadInput, settings?: InputSettings): Promise<Doc>;
}

/** The pipeline's `analyze`; loaded on first use so commands that only read the store start fast. */
export type Analyzer = (input: RawInput, ctx?: Context) => Doc;

export interface AnalyzeOptions extends ReadOptions, InputSettings {
  /** Home regions by publication (learnt from the store by `ingestPaths`), applied by site once extracted. */
  homeRegions?: ReadonlyMap<string, HomeRegion>;
  /** Replaces the pipeline (tests; alternative pipelines). */
  analyzer?: Analyzer;
  ctx?: Context;
  /** Analyse in these workers (with a per-article deadline) rather than in this thread; not with `analyzer`/`ctx`. */
  runner?: AnalysisRunner;
  /**
   * Seconds the pipeline may run in this thread (without `runner`) once its models are loaded; over them
   * it fails with ANALYSIS_TIMEOUT and leaves this thread's caches half-built (0 or unset: no limit).
   */
  deadlineSeconds?: number;
}

let pipelineAnalyzer: Analyzer | undefined;
/** Contexts (or, for the default one, analyzers) whose tables the warm-up has loaded. */
const warmed = new WeakSet<object>();

export async function loadAnalyzer(): Promise<Analyzer> {
  pipelineAnalyzer ??= (await import('../pipeline.js')).analyze;
  return pipelineAnalyzer;
}

/**
 * Analyses one read input: applies the published date, runs the pipeline, records how the input was
 * decoded in `diagnostics`. Throws INPUT_EMPTY when extraction leaves no text (an HTML page with no article).
 */
export async function analyzeInput(input: ReadInput, options: AnalyzeOptions = {}): Promise<Doc> {
  if (options.runner && !options.analyzer && !options.ctx) {
    const { published, homeRegion, title, firstLineTitle, dictionaries } = options;
    return options.runner.analyze(input, {
      ...(published ? { published } : {}),
      ...(homeRegion ? { homeRegion } : {}),
      ...(title ? { title } : {}),
      ...(firstLineTitle === false ? { firstLineTitle } : {}),
      ...(dictionaries ? { dictionaries } : {}),
    });
  }
  const analyzer = options.analyzer ?? (await loadAnalyzer());
  const meta = {
    ...input.meta,
    ...(options.published ? { published: options.published } : {}),
    ...(options.homeRegion ? { homeRegion: options.homeRegion } : {}),
    ...(options.title ? { title: options.title } : {}),
  };
  const rawInput: RawInput = {
    kind: input.kind,
    content: input.content,
    meta,
    ...(input.uri ? { uri: input.uri } : {}),
    ...(options.homeRegions?.size ? { homeRegions: options.homeRegions } : {}),
    ...(input.fallbackMeta ? { fallbackMeta: input.fallbackMeta } : {}),
    ...(options.firstLineTitle === false ? { firstLineTitle: false } : {}),
  };
  // Dictionaries given with the call win over the caller's context (one context per dictionary set).
  // Loaded here, not at the top: a thread that hands its inputs to workers never needs the KB.
  const ctx = options.dictionaries
    ? (await import('../kb/load.js')).contextWithDictionaries(options.dictionaries)
    : options.ctx;
  const run = (raw: RawInput): Doc => (ctx ? analyzer(raw, ctx) : analyzer(raw));
  const seconds = options.deadlineSeconds ?? 0;
  // The clock starts once the models are loaded, as in a worker (a cold cache's gazetteer build can take
  // longer than a deadline): one sentence analysed first loads every table the stages read.
  const warmKey = ctx ?? analyzer;
  if (seconds > 0 && !warmed.has(warmKey)) {
    run(WARM_UP);
    warmed.add(warmKey);
  }
  const doc = withinDeadline(seconds, input.path, () => run(rawInput));
  if (doc.text.trim() === '')
    throw new NewsgraphError('INPUT_EMPTY', input.path, 'no article text found in it');
  doc.diagnostics.push(...input.notes.map((message) => ({ stage: 'ingest', message })));
  return doc;
}

/** Reads and analyses a file, or stdin when `path` is `-`. */
export async function analyzePath(path: string, options: AnalyzeOptions = {}): Promise<Doc> {
  const input =
    path === STDIN_ARG ? await readInputStream(process.stdin, options) : readInputFile(path, options);
  return analyzeInput(input, options);
}
