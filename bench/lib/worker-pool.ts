/**
 * Drives the throughput workers (bench/lib/throughput-worker.ts): starts them, waits until every one has
 * loaded and warmed up, then runs one phase at a time on all of them at once and measures the wall time
 * from the start signal to the last `done`.
 */
import { Worker } from 'node:worker_threads';
import type { RawInput } from '../../src/doc/types.js';
import { ANALYSIS_WORKER_LIMITS } from '../../src/ingest/batch/worker-limits.js';
import type { Phase, WorkerInput, WorkerMessage } from './throughput-worker.js';

type Done = Extract<WorkerMessage, { type: 'done' }>;
type Ready = Extract<WorkerMessage, { type: 'ready' }>;

export interface PhaseResult {
  wallMs: number;
  failures: number;
  tokens: number;
  peakRss: number;
  /** Each worker's own busy time, for spotting an unbalanced split. */
  workerMs: number[];
}

/** The worker's file, next to this one, with the same extension (.ts under tsx, .js when compiled). */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./throughput-worker${ext}`, import.meta.url);
}

/** The worker's next message; rejects if it fails or exits first (so a dead worker cannot hang the run). */
function nextMessage(worker: Worker): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => settle(() => reject(error));
    const onExit = (code: number): void =>
      settle(() => reject(new Error(`throughput worker exited (code ${code}) before replying`)));
    const onMessage = (m: WorkerMessage): void => settle(() => resolve(m));
    const settle = (then: () => void): void => {
      worker.off('error', onError).off('exit', onExit).off('message', onMessage);
      then();
    };
    worker.on('error', onError).on('exit', onExit).on('message', onMessage);
  });
}

export class WorkerPool {
  private constructor(
    private readonly workers: Worker[],
    readonly ready: Ready[],
  ) {}

  /** Starts one worker per share of articles and resolves once all have loaded and warmed up. */
  static async start(shares: RawInput[][], warmup: RawInput[]): Promise<WorkerPool> {
    const url = workerUrl();
    // On Node 20 a worker started with `execArgv: ['--import', 'tsx']` still loads a .ts entry without
    // tsx's loader (ERR_UNKNOWN_FILE_EXTENSION), so a .ts entry is started through a one-line script that
    // loads it with tsx's own `tsImport`.
    const typescript = url.pathname.endsWith('.ts');
    const tsxApi = typescript ? import.meta.resolve('tsx/esm/api') : '';
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}))`;
    const workers = shares.map((articles) => {
      const workerData: WorkerInput = { articles, warmup };
      // The product's heap limits (src/ingest/batch/worker-limits.ts), so the peak RSS is ingest's.
      const options = { workerData, resourceLimits: ANALYSIS_WORKER_LIMITS };
      return typescript ? new Worker(bootstrap, { eval: true, ...options }) : new Worker(url, options);
    });
    const ready = await Promise.all(workers.map(nextMessage));
    return new WorkerPool(
      workers,
      ready.filter((m): m is Ready => m.type === 'ready'),
    );
  }

  async run(phase: Phase): Promise<PhaseResult> {
    const replies = this.workers.map(nextMessage);
    const started = performance.now();
    for (const w of this.workers) w.postMessage(phase);
    const done = (await Promise.all(replies)).filter((m): m is Done => m.type === 'done');
    const wallMs = performance.now() - started;
    return {
      wallMs,
      failures: done.reduce((n, d) => n + d.failures, 0),
      tokens: done.reduce((n, d) => n + d.tokens, 0),
      peakRss: Math.max(0, ...done.map((d) => d.rss)),
      workerMs: done.map((d) => d.ms),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
