/**
 * Throughput benchmark: how many articles per second the whole pipeline (`analyze()`) reads, next to
 * wink-nlp's tokeniser alone on the same articles, in the same run.
 *
 *   npm run bench -- throughput [--workers N] [--one-core-sample K] [file-or-folder…]
 *   default folder: ../shared/data/corpus/bbc-news (from the project root), read recursively with the CLI's
 *   listing (src/ingest `listInputs`: .txt .html .htm, any case) and decoded with `readInputFile`.
 *
 * Every file is read and decoded first (untimed; files that fail to read are counted, not analysed). Then:
 *   1. tokeniser, single core: wink-nlp with its English lite model, loaded once (load time reported apart),
 *      `nlp.readDoc(content).tokens().out()` over every article in the main thread → tokenizerArticlesPerSec.
 *      The content is the decoded file as given, so for HTML it includes the markup.
 *   2. pipeline, all cores: N worker threads (default os.availableParallelism()), articles dealt round-robin.
 *      Each worker builds its own context and warms it up by analysing the warm-up articles (the seed
 *      article and the first input) before the clock starts; that model loading is reported apart. The
 *      workers then run wink alone over their share, then `analyze()` over it, each phase started on all
 *      workers at once and timed from the start signal to the last worker's finish →
 *      articlesPerSec, mbPerSec (MB = 2^20 bytes of input files), and the all-cores tokeniser figure.
 *   3. pipeline, single core: `analyze()` in the main thread (context warmed the same way) over an even
 *      sample of K articles (default 400; 0 = all), to keep a full run near 3 minutes →
 *      articlesPerSecOneCore. Then the same sample once more through the stages one by one
 *      (bench/lib/staged-analyze.ts) for the per-stage breakdown in ms per article.
 *   ratioToTokenizer = articlesPerSecOneCore / the single-core tokeniser rate over the same K articles (like
 *   with like: one core each, same articles); the table also gives the all-cores ratio (pipeline over
 *   tokeniser, both on N workers).
 *   peakRssMb: the process's peak resident set (MB = 2^20 bytes): the largest of process.resourceUsage()
 *   .maxRSS and the process.memoryUsage().rss samples taken in the main thread and in every worker. Worker
 *   threads share the process, so this is main + all workers together.
 *
 * Last line: {"task":"throughput","articlesPerSec","mbPerSec","peakRssMb","tokenizerArticlesPerSec",
 *             "ratioToTokenizer","articlesPerSecOneCore"}.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawInput } from '../src/doc/types.js';
import { listInputs, readInputFile, type ReadInput } from '../src/ingest/index.js';
import { createContext } from '../src/context.js';
import { analyze } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { analyzeByStage } from './lib/staged-analyze.js';
import { dealRoundRobin, evenSample, perSecond, toMib } from './lib/throughput-math.js';
import { WorkerPool } from './lib/worker-pool.js';

const DEFAULT_DATA = '../shared/data/corpus/bbc-news';
const SEED_ARTICLE = 'examples/seed-article.txt';

interface Loaded {
  inputs: RawInput[];
  bytes: number;
  failures: string[];
}

/** What `analyze` takes from a read file: the same fields the CLI passes (src/service/analyze.ts). */
const toRawInput = (r: ReadInput): RawInput => ({
  kind: r.kind,
  content: r.content,
  ...(r.meta ? { meta: r.meta } : {}),
  ...(r.uri ? { uri: r.uri } : {}),
});

function loadAll(paths: readonly string[]): Loaded {
  const loaded: Loaded = { inputs: [], bytes: 0, failures: [] };
  for (const path of listInputs(paths)) {
    try {
      loaded.inputs.push(toRawInput(readInputFile(path)));
      loaded.bytes += statSync(path).size;
    } catch (error) {
      loaded.failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return loaded;
}

let peakRss = 0;
const sampleRss = (): void => void (peakRss = Math.max(peakRss, process.memoryUsage.rss()));

/** Single-core tokeniser pass: per-article milliseconds, so any subset's rate can be computed. */
function tokenizeAll(inputs: readonly RawInput[]): {
  loadMs: number;
  perArticleMs: Float64Array;
  tokens: number;
} {
  const loadStarted = performance.now();
  const nlp = winkNLP(model);
  const loadMs = performance.now() - loadStarted;
  const perArticleMs = new Float64Array(inputs.length);
  let tokens = 0;
  inputs.forEach((input, i) => {
    const started = performance.now();
    tokens += nlp.readDoc(input.content).tokens().out().length;
    perArticleMs[i] = performance.now() - started;
  });
  sampleRss();
  return { loadMs, perArticleMs, tokens };
}

function timeOneCore(sample: readonly RawInput[], warmup: readonly RawInput[]) {
  const ctx = createContext();
  const loadStarted = performance.now();
  for (const input of warmup) analyze(input, ctx);
  const loadMs = performance.now() - loadStarted;
  let failures = 0;
  const started = performance.now();
  sample.forEach((input, i) => {
    try {
      analyze(input, ctx);
    } catch {
      failures++;
    }
    if (i % 16 === 0) sampleRss();
  });
  const ms = performance.now() - started;
  const stageMs = new Map<string, number>();
  for (const input of sample) {
    try {
      analyzeByStage(input, ctx, stageMs);
    } catch {
      // counted in the analyze() pass above
    }
  }
  const first = sample[0];
  const reproduces =
    first === undefined ||
    JSON.stringify(analyzeByStage(first, ctx, new Map())) === JSON.stringify(analyze(first, ctx));
  return { loadMs, ms, failures, stageMs, reproduces };
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workers: { type: 'string', default: String(availableParallelism()) },
      'one-core-sample': { type: 'string', default: '400' },
    },
  });
  const workers = Math.max(1, Number(values.workers) || 1);
  const sampleSize = Math.max(0, Number(values['one-core-sample']) || 0);
  const paths =
    positionals.length > 0 ? positionals.map((p) => resolve(p)) : [join(packageRoot(), DEFAULT_DATA)];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);

  const loaded = loadAll(paths);
  const { inputs } = loaded;
  if (inputs.length === 0) return void console.log(`skipped: no readable articles in ${paths.join(', ')}`);
  const seedPath = join(packageRoot(), SEED_ARTICLE);
  const warmup = [
    ...(existsSync(seedPath) ? [toRawInput(readInputFile(seedPath))] : []),
    inputs[0] as RawInput,
  ];
  const mib = toMib(loaded.bytes);
  console.log(
    `throughput on ${paths.join(', ')}: ${inputs.length} articles, ${fmt(mib, 2)} MB, ${loaded.failures.length} unreadable`,
  );
  for (const f of loaded.failures.slice(0, 5)) console.log(`  unreadable: ${f}`);

  const loadAtStart = loadavg()[0] ?? 0;
  const tok = tokenizeAll(inputs);
  const tokMs = tok.perArticleMs.reduce((a, b) => a + b, 0);
  const tokenizerArticlesPerSec = perSecond(inputs.length, tokMs);

  const pool = await WorkerPool.start(dealRoundRobin(inputs, workers), warmup);
  const tokAll = await pool.run('tokenize');
  const all = await pool.run('analyze');
  await pool.stop();
  const articlesPerSec = perSecond(inputs.length, all.wallMs);
  const tokenizerAllCores = perSecond(inputs.length, tokAll.wallMs);

  const indices = evenSample(inputs.length, sampleSize);
  const sample = indices.map((i) => inputs[i] as RawInput);
  const one = timeOneCore(sample, warmup);
  const articlesPerSecOneCore = perSecond(sample.length, one.ms);
  const tokSampleMs = indices.reduce((sum, i) => sum + (tok.perArticleMs[i] ?? 0), 0);
  const ratioToTokenizer = articlesPerSecOneCore / perSecond(sample.length, tokSampleMs);
  const peakRssMb = toMib(
    Math.max(peakRss, all.peakRss, tokAll.peakRss, process.resourceUsage().maxRSS * 1024),
  );

  console.log(
    `\nwarm-up (not timed): wink model ${fmt(tok.loadMs, 0)} ms; pipeline context per worker ${pool.ready.map((r) => fmt(r.loadMs, 0)).join(', ')} ms; main ${fmt(one.loadMs, 0)} ms`,
  );
  console.log('pass                               articles  art/s    MB/s   ms/art');
  const line = (name: string, n: number, ms: number, mb: number): void =>
    console.log(
      `${name.padEnd(35)}${String(n).padStart(8)}${fmt(perSecond(n, ms)).padStart(7)}${fmt(perSecond(mb, ms), 2).padStart(8)}${fmt(ms / n, 2).padStart(9)}`,
    );
  line('wink tokeniser, 1 core', inputs.length, tokMs, mib);
  line(`wink tokeniser, ${workers} workers (wall)`, inputs.length, tokAll.wallMs, mib);
  line(`pipeline, ${workers} workers (wall)`, inputs.length, all.wallMs, mib);
  line(`pipeline, 1 core (sample)`, sample.length, one.ms, (mib * sample.length) / inputs.length);
  console.log(
    `worker busy ms: ${all.workerMs.map((m) => fmt(m, 0)).join(', ')}; failures: ${all.failures} (all cores), ${one.failures} (1 core)`,
  );
  console.log(
    `ratio to tokeniser: 1 core ${fmt(ratioToTokenizer, 4)}, ${workers} workers ${fmt(articlesPerSec / tokenizerAllCores, 4)}`,
  );
  console.log(
    `load average (1 min) at start ${fmt(loadAtStart, 2)}, at end ${fmt(loadavg()[0] ?? 0, 2)} on ` +
      `${availableParallelism()} cores: figures are comparable only between quiet runs`,
  );
  console.log(
    `tokens: ${tok.tokens} (${fmt(tok.tokens / inputs.length, 0)} per article); peak RSS ${fmt(peakRssMb, 0)} MB`,
  );

  const stageTotal = [...one.stageMs.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nper-stage time, 1 core, ${sample.length} articles (stage pass reproduces analyze(): ${one.reproduces ? 'yes' : 'NO'})`,
  );
  console.log('stage        ms/article   share');
  for (const [stage, ms] of one.stageMs)
    console.log(
      `${stage.padEnd(13)}${fmt(ms / sample.length, 2).padStart(10)}${fmt((100 * ms) / stageTotal).padStart(7)} %`,
    );
  console.log(`${'total'.padEnd(13)}${fmt(stageTotal / sample.length, 2).padStart(10)}`);

  console.log(
    JSON.stringify({
      task: 'throughput',
      articlesPerSec: round1(articlesPerSec),
      mbPerSec: round3(perSecond(mib, all.wallMs)),
      peakRssMb: Math.round(peakRssMb),
      tokenizerArticlesPerSec: round1(tokenizerArticlesPerSec),
      ratioToTokenizer: round3(ratioToTokenizer),
      articlesPerSecOneCore: round1(articlesPerSecOneCore),
    }),
  );
}
