import { Worker } from 'node:worker_threads';
import type { BatchWorkerData } from './messages.js';
import { ANALYSIS_WORKER_LIMITS as resourceLimits } from './worker-limits.js';

/** The worker's file, next to this one, with the same extension (.ts under tsx, .js when compiled to dist/). */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./worker${ext}`, import.meta.url);
}

/**
 * Starts one batch worker with the run's settings. On Node 20 a worker given `execArgv: ['--import', 'tsx']` still loads a .ts entry without tsx's loader
 * (ERR_UNKNOWN_FILE_EXTENSION), so under tsx the .ts entry is started through a one-line script that loads
 * it with tsx's own `tsImport`; compiled JS starts directly.
 */
export function startWorker(workerData: BatchWorkerData): Worker {
  const url = workerUrl();
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, resourceLimits });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
