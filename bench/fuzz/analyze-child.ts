/**
 * The fuzzer's analysis child: reads each file it is sent with the library's `analyzePath` (decoding and
 * pipeline, as `newsgraph analyze` does), the pipeline running in the product's one-worker pool under the
 * product's per-article deadline, and answers with the outcome, the time and the peak RSS so far. An article
 * over the deadline is the product's clean refusal (ANALYSIS_TIMEOUT, exit 65); a hang is the parent's to
 * detect: anything that outlasts the deadline by its grace (reading, decoding, a worker that cannot be stopped).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsgraphError } from '../../src/errors.js';
import { AnalyzerPool } from '../../src/ingest/batch/index.js';
import { analyzePath } from '../../src/service/index.js';

export interface AnalyzeRequest {
  path: string;
  /** The product's per-article deadline (`--deadline`). */
  deadlineSeconds: number;
}
export interface AnalyzeReply {
  outcome: 'ok' | 'refused' | 'crash';
  /** The catalog's exit code for a refusal, 70 for anything else thrown. */
  exit: number;
  ms: number;
  peakRssMb: number;
  message?: string;
}

const send = (reply: AnalyzeReply): void => void process.send?.(reply);
const WARM_UP = join(mkdtempSync(join(tmpdir(), 'newsgraph-fuzz-warm-')), 'warm-up.txt');
writeFileSync(WARM_UP, 'Police in Dover said on Tuesday that two men were arrested.');

/** One pool per deadline (the BBC baseline runs under a longer one), each warmed before it is timed. */
const pools = new Map<number, AnalyzerPool>();
function poolFor(deadlineSeconds: number): AnalyzerPool {
  let pool = pools.get(deadlineSeconds);
  if (!pool) pools.set(deadlineSeconds, (pool = new AnalyzerPool(1, {}, { deadlineSeconds })));
  return pool;
}
const analyze = (path: string, deadlineSeconds: number): Promise<unknown> =>
  analyzePath(path, { published: '2016-09-12', runner: poolFor(deadlineSeconds) });

process.on('message', (request: AnalyzeRequest) => {
  const start = performance.now();
  const finish = (outcome: AnalyzeReply['outcome'], exit: number, message?: string): void => {
    const ms = performance.now() - start;
    // A worker stopped at the deadline is replaced; it loads its models before the next case is timed.
    const ready =
      outcome === 'refused' ? analyze(WARM_UP, request.deadlineSeconds).catch(() => {}) : undefined;
    void Promise.resolve(ready).then(() =>
      send({
        outcome,
        exit,
        ms,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        ...(message ? { message } : {}),
      }),
    );
  };
  analyze(request.path, request.deadlineSeconds).then(
    () => finish('ok', 0),
    (error: unknown) => {
      if (error instanceof NewsgraphError && error.code !== 'INTERNAL')
        finish('refused', error.exitCode, error.message);
      else finish('crash', 70, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    },
  );
});
// The worker loads its models before the first case is timed: a case's time is its own, not the loading's.
await analyze(WARM_UP, 30);
send({ outcome: 'ok', exit: 0, ms: 0, peakRssMb: process.resourceUsage().maxRSS / 1024, message: 'ready' });
