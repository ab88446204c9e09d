/**
 * A batch-ingest worker thread: analyses the inputs the main thread sends, one at a time, with one pipeline
 * context for its whole life (models and gazetteers load once per worker), and sends back each Doc.
 * It never touches the store: the main thread is the one writer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../../context.js';
import { useEventDictionaries } from '../../kb/load.js';
import { analyzeInput } from '../../service/analyze.js';
import type { AnalyzeOptions } from '../../service/analyze.js';
import type { AnalyzeReply, BatchWorkerData, WorkerRequest } from './messages.js';
import { toWire } from './wire-error.js';

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('batch worker: must run as a worker thread');
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
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'home-regions') {
      options.homeRegions = request.homeRegions;
      return;
    }
    analyzeInput(request.input, options).then(
      (doc) => port.postMessage({ id: request.id, ok: true, doc } satisfies AnalyzeReply),
      (error: unknown) =>
        port.postMessage({ id: request.id, ok: false, error: toWire(error) } satisfies AnalyzeReply),
    );
  });
}

main();
