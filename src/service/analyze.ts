import type { Context } from '../context.js';
import type { Doc, HomeRegion, RawInput } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
import { contextWithDictionaries, type DictionaryOptions } from '../kb/load.js';
import {
  readInputFile,
  readInputStream,
  STDIN_ARG,
  type ReadInput,
  type ReadOptions,
} from '../ingest/index.js';

/** The pipeline's `analyze`; loaded on first use so commands that only read the store start fast. */
export type Analyzer = (input: RawInput, ctx?: Context) => Doc;

export interface AnalyzeOptions extends ReadOptions {
  /** Validated publication date (see `parsePublished`); wins over what extraction finds. */
  published?: string;
  /** Where the publication is based (`--home-region`): wins over the learnt home regions. */
  homeRegion?: HomeRegion;
  /** Home regions by publication (learnt from the store by `ingestPaths`), applied by site once extracted. */
  homeRegions?: ReadonlyMap<string, HomeRegion>;
  /** The user's event dictionaries and KB rows (`--event-dictionaries`, `--kb-rows`), on top of or instead of ours. */
  dictionaries?: DictionaryOptions;
  /** Replaces the pipeline (tests; alternative pipelines). */
  analyzer?: Analyzer;
  ctx?: Context;
}

let pipelineAnalyzer: Analyzer | undefined;

export async function loadAnalyzer(): Promise<Analyzer> {
  pipelineAnalyzer ??= (await import('../pipeline.js')).analyze;
  return pipelineAnalyzer;
}

/**
 * Analyses one read input: applies the published date, runs the pipeline, records how the input was
 * decoded in `diagnostics`. Throws INPUT_EMPTY when extraction leaves no text (an HTML page with no article).
 */
export async function analyzeInput(input: ReadInput, options: AnalyzeOptions = {}): Promise<Doc> {
  const analyzer = options.analyzer ?? (await loadAnalyzer());
  const meta = {
    ...input.meta,
    ...(options.published ? { published: options.published } : {}),
    ...(options.homeRegion ? { homeRegion: options.homeRegion } : {}),
  };
  const rawInput: RawInput = {
    kind: input.kind,
    content: input.content,
    meta,
    ...(input.uri ? { uri: input.uri } : {}),
    ...(options.homeRegions?.size ? { homeRegions: options.homeRegions } : {}),
    ...(input.fallbackMeta ? { fallbackMeta: input.fallbackMeta } : {}),
  };
  // Dictionaries given with the call win over the caller's context (one context per dictionary set).
  const ctx = options.dictionaries ? contextWithDictionaries(options.dictionaries) : options.ctx;
  const doc = ctx ? analyzer(rawInput, ctx) : analyzer(rawInput);
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
