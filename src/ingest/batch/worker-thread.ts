import { Worker } from 'node:worker_threads';
import type { BatchWorkerData } from './messages.js';

/** The worker's file, next to this one, with the same extension (.ts under tsx, .js when compiled to dist/). */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./worker${ext}`, import.meta.url);
}

/** What a worker started ahead of its pool did before the pool took it: replayed to the pool's listeners. */
type EarlyEvent = ['message' | 'error' | 'exit', unknown];

interface Prestarted {
  worker: Worker;
  early: EarlyEvent[];
  record: Record<EarlyEvent[0], (value: unknown) => void>;
}

let prestarted: Prestarted | undefined;

/**
 * Starts a worker with no run settings before anyone asks for one (the `analyze` bin, before it loads its
 * own modules), so that the worker's loading overlaps the main thread's. The next `startWorker({})` takes
 * it; until then it does not keep the process alive, and its messages and errors are kept for the taker.
 * Resolves when the worker has sent or done its first thing (normally: ready), if it is still untaken.
 */
export function prestartWorker(): Promise<void> {
  if (prestarted) return Promise.resolve();
  const worker = newWorker({});
  const early: EarlyEvent[] = [];
  return new Promise((resolve) => {
    const keep = (event: EarlyEvent[0]) => (value: unknown) => {
      early.push([event, value]);
      resolve();
    };
    const record = { message: keep('message'), error: keep('error'), exit: keep('exit') };
    for (const event of ['message', 'error', 'exit'] as const) worker.on(event, record[event]);
    worker.unref();
    prestarted = { worker, early, record };
  });
}

/**
 * Starts one batch worker, or hands over the prestarted one when the settings are the same (none). A
 * handed-over worker's earlier events are replayed once the caller has attached its listeners.
 */
export function startWorker(workerData: BatchWorkerData): Worker {
  if (!prestarted || Object.keys(workerData).length > 0) return newWorker(workerData);
  const { worker, early, record } = prestarted;
  prestarted = undefined;
  for (const event of ['message', 'error', 'exit'] as const) worker.off(event, record[event]);
  worker.ref();
  process.nextTick(() => {
    for (const [event, value] of early) worker.emit(event, value);
  });
  return worker;
}

/**
 * On Node 20 a worker given `execArgv: ['--import', 'tsx']` still loads a .ts entry without tsx's loader
 * (ERR_UNKNOWN_FILE_EXTENSION), so under tsx the .ts entry is started through a one-line script that loads
 * it with tsx's own `tsImport`; compiled JS starts directly.
 */
function newWorker(workerData: BatchWorkerData): Worker {
  const url = workerUrl();
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}
