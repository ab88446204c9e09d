import type { Context } from '../context.js';
import type { Doc, Meta, RawInput } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
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
  const meta = { ...input.meta, ...(options.published ? { published: options.published } : {}) };
  const rawInput: RawInput = {
    kind: input.kind,
    content: input.content,
    meta,
    ...(input.uri ? { uri: input.uri } : {}),
  };
  const run = (raw: RawInput): Doc => (options.ctx ? analyzer(raw, options.ctx) : analyzer(raw));
  let doc = run(rawInput);
  const missing = missingFallbacks(input.fallbackMeta, doc.meta);
  // Rare (a crawled page with no date of its own): analysed again so the time stage anchors on the fallback.
  if (missing) doc = run({ ...rawInput, meta: { ...missing, ...meta } });
  if (doc.text.trim() === '')
    throw new NewsgraphError('INPUT_EMPTY', input.path, 'no article text found in it');
  doc.diagnostics.push(...input.notes.map((message) => ({ stage: 'ingest', message })));
  return doc;
}

/** The fallback fields the analysed article did not find for itself, or undefined when there are none. */
function missingFallbacks(fallback: Meta | undefined, found: Meta): Meta | undefined {
  if (!fallback) return undefined;
  const missing = Object.entries(fallback).filter(
    ([key, value]) => value !== undefined && found[key as keyof Meta] === undefined,
  );
  return missing.length > 0 ? (Object.fromEntries(missing) as Meta) : undefined;
}

/** Reads and analyses a file, or stdin when `path` is `-`. */
export async function analyzePath(path: string, options: AnalyzeOptions = {}): Promise<Doc> {
  const input =
    path === STDIN_ARG ? await readInputStream(process.stdin, options) : readInputFile(path, options);
  return analyzeInput(input, options);
}
