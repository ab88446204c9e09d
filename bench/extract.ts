/**
 * Article-extraction benchmark: trafilatura's evaluation set or Zyte's article-extraction-benchmark.
 *
 *   npm run bench -- extract [--stages clean|full] [folder…]
 *   default: ../shared/data/extract/trafilatura-eval relative to the project root. A folder holding
 *   `evaldata.json` is read as trafilatura's set, one holding `ground-truth.json` as Zyte's
 *   (`bench/lib/extraction-data.ts`).
 *
 * The text scored is the text the engine would analyse: `extract()` then the clean stage, i.e. `doc.text`
 * after cleaning (`--stages clean`, the default, skips the NLP stages, which do not change the text);
 * `--stages full` takes `analyze()`'s `doc.text` instead. Page bytes are decoded as the engine's CLI does
 * (`decodeInputBytes`: UTF-8, UTF-16 with BOM, else windows-1252); a page that cannot be decoded, or on which
 * an extractor throws, is a failed page and scored as an empty extraction.
 *
 * Metrics, exactly as the datasets' authors define them:
 * - trafilatura (`tests/eval_common.py`): whitespace-normalised substring matching of each page's `with`
 *   (TP when found, else FN) and `without` snippets (FP when found, else TN), counts summed over all pages;
 *   precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN) (`bench/lib/snippets.ts`);
 * - Zyte (`evaluate.py`): per document, precision and recall of token 4-gram shingles (tokens are `\w+`
 *   matches, case kept — the benchmark does not lower-case), averaged over documents, F1 from the two means
 *   (`bench/lib/shingles.ts`).
 * baselineF1: raw Readability over linkedom, the article's `textContent` without our layout or cleaning,
 * same pages, same run. For trafilatura's set the English pages (`english_subset_heuristic.txt`) are also
 * scored on their own.
 * Last line: {"task":"extract","f1":…,"precision":…,"recall":…,"baselineF1":…,"pages":…,"failed":…,
 * "english":{"f1":…,"precision":…,"recall":…,"baselineF1":…,"pages":…}} (`english` only when listed).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Context } from '../src/context.js';
import { clean } from '../src/clean/index.js';
import { newDoc } from '../src/doc/create.js';
import { docId } from '../src/doc/id.js';
import type { RawInput } from '../src/doc/types.js';
import { extract } from '../src/extract/index.js';
import { decodeInputBytes } from '../src/ingest/bytes.js';
import { analyze, defaultContext } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { readExtractionDataset, type ExtractionDataset } from './lib/extraction-data.js';
import { ExtractionScorer, type PageGold } from './lib/extraction-scorer.js';
import { pct, round4 } from './lib/prf.js';
import { readabilityText } from './lib/readability-baseline.js';

const DEFAULT_DATA = '../shared/data/extract/trafilatura-eval';

type EngineText = (input: RawInput, ctx: Context) => string;

const STAGES: Record<string, EngineText> = {
  clean: (input, ctx) => {
    const extracted = extract(input);
    const raw = extracted.raw;
    const doc = newDoc({
      id: docId(input.uri, raw),
      source: { kind: input.kind },
      meta: extracted.meta,
      raw,
    });
    return clean(doc, ctx).text;
  },
  full: (input, ctx) => analyze(input, ctx).text,
};

/** The text an extractor gets from a page, or undefined when it failed. */
function attempt(run: () => string): string | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

interface Scorers {
  engine: ExtractionScorer;
  baseline: ExtractionScorer;
  englishEngine: ExtractionScorer;
  englishBaseline: ExtractionScorer;
  undecodable: number;
  missing: number;
  engineSeconds: number;
}

function scoreDataset(dataset: ExtractionDataset, engineText: EngineText, s: Scorers): void {
  const ctx = defaultContext();
  for (const page of dataset.pages) {
    const bytes = page.read();
    if (!bytes) {
      s.missing++;
      continue;
    }
    const gold: PageGold = 'item' in page ? { item: page.item } : { articleBody: page.articleBody };
    const html = attempt(() => decodeInputBytes(page.id, bytes).content);
    if (html === undefined) s.undecodable++;
    const input: RawInput = { kind: 'html', content: html ?? '', ...(page.url ? { uri: page.url } : {}) };
    const started = performance.now();
    const ours = html === undefined ? undefined : attempt(() => engineText(input, ctx));
    s.engineSeconds += (performance.now() - started) / 1000;
    const theirs = html === undefined ? undefined : attempt(() => readabilityText(html));
    s.engine.add(gold, ours);
    s.baseline.add(gold, theirs);
    if ('english' in page && page.english) {
      s.englishEngine.add(gold, ours);
      s.englishBaseline.add(gold, theirs);
    }
  }
}

function row(name: string, scorer: ExtractionScorer): string {
  const { precision, recall, f1 } = scorer.scores();
  return `${name.padEnd(20)}${pct(precision)}${pct(recall)}${pct(f1)}${String(scorer.pages).padStart(7)}${String(scorer.failed).padStart(7)}`;
}

/** A folder argument, or the index file inside one. */
const asFolder = (path: string): string => (statSync(path).isDirectory() ? path : dirname(path));

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { stages: { type: 'string', default: 'clean' } },
  });
  const engineText = STAGES[values.stages];
  if (!engineText) throw new Error(`bench extract: unknown --stages ${values.stages} (clean, full)`);
  const paths =
    positionals.length > 0 ? positionals.map((p) => resolve(p)) : [join(packageRoot(), DEFAULT_DATA)];
  const absent = paths.filter((p) => !existsSync(p));
  if (absent.length > 0) return void console.log(`skipped: data not found: ${absent.join(', ')}`);
  const datasets: ExtractionDataset[] = [];
  for (const path of paths) {
    const dataset = readExtractionDataset(asFolder(path));
    if ('missing' in dataset) return void console.log(`skipped: ${dataset.missing}`);
    datasets.push(dataset);
  }
  const kinds = new Set(datasets.map((d) => d.kind));
  if (kinds.size > 1)
    throw new Error('bench extract: trafilatura and Zyte folders use different metrics; score them apart');

  const s: Scorers = {
    engine: new ExtractionScorer(),
    baseline: new ExtractionScorer(),
    englishEngine: new ExtractionScorer(),
    englishBaseline: new ExtractionScorer(),
    undecodable: 0,
    missing: 0,
    engineSeconds: 0,
  };
  for (const dataset of datasets) scoreDataset(dataset, engineText, s);

  const metric = kinds.has('zyte')
    ? 'Zyte 4-gram shingles, mean over documents'
    : 'trafilatura snippets, micro-averaged';
  console.log(
    `Extraction (${metric}) on ${paths.join(', ')}; engine text: extract + ${values.stages === 'full' ? 'all stages' : 'clean'}`,
  );
  console.log(
    `${s.engine.pages} pages scored, ${s.missing} without an HTML file (not scored), ${s.undecodable} undecodable; ` +
      `engine ${(s.engine.pages / s.engineSeconds).toFixed(1)} pages/s`,
  );
  console.log('extractor            precis  recall      F1  pages failed');
  console.log(row('engine', s.engine));
  console.log(row('baseline Readability', s.baseline));
  const english = s.englishEngine.pages > 0;
  if (english) {
    console.log(row('engine, English', s.englishEngine));
    console.log(row('baseline, English', s.englishBaseline));
  }
  const ours = s.engine.scores();
  const englishScores = s.englishEngine.scores();
  console.log(
    JSON.stringify({
      task: 'extract',
      f1: round4(ours.f1),
      precision: round4(ours.precision),
      recall: round4(ours.recall),
      baselineF1: round4(s.baseline.scores().f1),
      pages: s.engine.pages,
      failed: s.engine.failed,
      ...(english
        ? {
            english: {
              f1: round4(englishScores.f1),
              precision: round4(englishScores.precision),
              recall: round4(englishScores.recall),
              baselineF1: round4(s.englishBaseline.scores().f1),
              pages: s.englishEngine.pages,
            },
          }
        : {}),
    }),
  );
}
