/**
 * The fuzzer's case child: one process holding the product's one-worker analysis pool (models loaded once,
 * as `newsgraph serve` holds them), run under the product's per-article deadline. It answers two requests:
 * - `analyze`: reads the file with the library's `analyzePath` (decoding and pipeline, as `newsgraph analyze`);
 * - `ingest`: runs `ingestPaths` on the file into a fresh SQLite store, as `newsgraph ingest FILE --db DB`
 *   does, its articles analysed in the same pool.
 * An article over the deadline is the product's clean refusal (ANALYSIS_TIMEOUT, exit 65); a hang is the
 * parent's to detect (no answer in time). The reply carries the process's peak RSS so far: main thread and
 * worker, the one process a user would see.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '../../src/errors.js';
import { AnalyzerPool } from '../../src/ingest/batch/index.js';
import { analyzePath, ingestExitCode, ingestPaths } from '../../src/service/index.js';
import { openStore } from '../../src/store/index.js';
import { INGEST_EXPECTED_EXITS } from './outcome.js';

export interface CaseRequest {
  target: 'analyze' | 'ingest';
  path: string;
  /** The SQLite file an `ingest` case writes (removed after). */
  db?: string;
}
export interface CaseReply {
  outcome: 'ok' | 'refused' | 'crash';
  /** The catalog's exit code for a refusal (ingest: its exit status), 70 for anything else thrown. */
  exit: number;
  ms: number;
  peakRssMb: number;
  message?: string;
  /** The worker is being replaced: wait for a `ReadyMessage` before the next case. */
  warming: boolean;
}

/** What the CLI reports as a fault it did not expect, even inside a batch that exits 2. */
const INTERNAL = /Maximum call stack|out of memory/i;
const deadlineSeconds = Number(process.argv[2] ?? 30);
const pool = new AnalyzerPool(1, {}, { deadlineSeconds });
const warmDir = mkdtempSync(join(tmpdir(), 'newsgraph-fuzz-warm-'));
const WARM_UP = [
  ['warm-up.txt', 'Police in Dover said on Tuesday, 12 March 2016, that two men were arrested at 5pm.'],
  [
    'warm-up.html',
    '<html><body><article><p>“No,” John Smith said in Paris last Friday.</p></article></body></html>',
  ],
].map(([name, content]) => {
  const path = join(warmDir, name!);
  writeFileSync(path, content!);
  return path;
});

const analyze = (path: string): Promise<unknown> =>
  analyzePath(path, { published: '2016-09-12', runner: pool });

/**
 * Loads a (new) worker's models and runs each warm-up input twice: V8 compiles a regular expression to
 * machine code on its second use, and the time stage's hundreds of them cost a second or more then. A case's
 * time is its own, not the loading's.
 */
async function warm(): Promise<void> {
  for (let round = 0; round < 2; round++) for (const path of WARM_UP) await analyze(path).catch(() => {});
}

/** A failed item the CLI would print as "unexpected error" (a bug), or a stack or heap overflow. */
function isFault(error: unknown): boolean {
  if (!(error instanceof NewsgraphError)) return true;
  return error.code === 'INTERNAL' || INTERNAL.test(error.message);
}

type Outcome = Pick<CaseReply, 'outcome' | 'exit' | 'message'> & { replaced: boolean };

function fromThrown(error: unknown): Outcome {
  const replaced = error instanceof NewsgraphError && error.code === 'ANALYSIS_TIMEOUT';
  if (isFault(error))
    return {
      outcome: 'crash',
      exit: 70,
      replaced: true,
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  const { exitCode, message } = error as NewsgraphError;
  return { outcome: 'refused', exit: exitCode, replaced, message };
}

async function runAnalyze(path: string): Promise<Outcome> {
  return analyze(path).then(() => ({ outcome: 'ok', exit: 0, replaced: false }), fromThrown);
}

async function runIngest(path: string, db: string): Promise<Outcome> {
  const store = openStore(db);
  try {
    const summary = await ingestPaths([path], store, { runner: pool, learnHomeRegions: false });
    const failures = summary.results.filter((r) => r.status === 'failed').map((r) => r.error);
    const fault = failures.find(isFault);
    const replaced = failures.some((e) => e instanceof NewsgraphError && e.code === 'ANALYSIS_TIMEOUT');
    const exit = ingestExitCode(summary);
    if (fault !== undefined) return { ...fromThrown(fault), replaced: true };
    const message = failures
      .map((e) => (e instanceof Error ? e.message : String(e)))
      .slice(0, 2)
      .join(' | ');
    return { outcome: exit === 0 ? 'ok' : 'refused', exit, replaced, ...(message ? { message } : {}) };
  } catch (error) {
    const thrown = fromThrown(error);
    // A whole-run refusal must still be one of the codes `ingest` may end with on bad input (74: the store).
    if (thrown.outcome === 'refused' && !INGEST_EXPECTED_EXITS.has(thrown.exit))
      return { ...thrown, outcome: 'crash' };
    return thrown;
  } finally {
    await store.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
  }
}

/** Sent after a reply when the worker was replaced, and at start: the next case may come. */
export interface ReadyMessage {
  ready: true;
  peakRssMb: number;
}
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

process.on('message', (request: CaseRequest) => {
  const start = performance.now();
  const run = request.target === 'analyze' ? runAnalyze(request.path) : runIngest(request.path, request.db!);
  void run.then(async ({ replaced, ...outcome }) => {
    const ms = performance.now() - start;
    process.send?.({ ...outcome, ms, peakRssMb: peakRssMb(), warming: replaced } satisfies CaseReply);
    // A worker stopped at the deadline (or lost) is replaced; it warms before the next case is sent.
    if (replaced) {
      await warm();
      process.send?.({ ready: true, peakRssMb: peakRssMb() } satisfies ReadyMessage);
    }
  });
});
process.on('exit', () => rmSync(warmDir, { recursive: true, force: true }));
await warm();
process.send?.({ ready: true, peakRssMb: peakRssMb() } satisfies ReadyMessage);
