/**
 * An analysis worker thread (batch ingest and the server): analyses the inputs the main thread sends, one at
 * a time, with one pipeline context for its whole life (models and gazetteers load once per worker, before
 * it says it is ready), and sends back each Doc. It never touches the store: the main thread is the one writer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../../context.js';
import { useEventDictionaries } from '../../kb/load.js';
import { analyzeInput, loadAnalyzer } from '../../service/analyze.js';
import { WARM_UP } from '../../service/deadline.js';
import type { AnalyzeOptions } from '../../service/analyze.js';
import type { BatchWorkerData, WorkerReply, WorkerRequest } from './messages.js';
import { toWire } from './wire-error.js';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('analysis worker: must run as a worker thread');
  // The run's settings, as the main thread would apply them (structured clone keeps the Map a Map).
  const { published, homeRegion, homeRegions, dictionaries } = (workerData ?? {}) as BatchWorkerData;
  const ctx = createContext();
  if (dictionaries) useEventDictionaries(ctx, dictionaries);
  const options: AnalyzeOptions = {
    ctx,
    ...(published ? { published } : {}),
    ...(homeRegion ? { homeRegion } : {}),
    ...(homeRegions ? { homeRegions } : {}),
  };
  const reply = (message: WorkerReply): void => port.postMessage(message);
  // The pool sends no input before `ready`.
  const analyzer = await loadAnalyzer();
  analyzer(WARM_UP, options.ctx);
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'home-regions') {
      options.homeRegions = request.homeRegions;
      return;
    }
    analyzeInput(request.input, { ...options, ...request.settings }).then(
      (doc) => reply({ kind: 'done', id: request.id, ok: true, doc }),
      (error: unknown) => reply({ kind: 'done', id: request.id, ok: false, error: toWire(error) }),
    );
  });
  reply({ kind: 'ready' });
}

void main();
