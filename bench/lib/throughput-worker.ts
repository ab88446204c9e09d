/**
 * Worker for the throughput benchmark (bench/throughput.ts). Loads the pipeline's context once and warms it
 * up on the articles it is given for that, reports `ready` with the load time, then runs each phase the main
 * thread asks for (`tokenize`: wink-nlp alone; `analyze`: the full pipeline) over its share of articles and
 * reports `done` with its own timing, failures and the largest RSS it sampled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createContext } from '../../src/context.js';
import { analyze } from '../../src/pipeline.js';
import type { RawInput } from '../../src/doc/types.js';
import { loadWink } from '../../src/nlp/wink.js';

export interface WorkerInput {
  articles: RawInput[];
  warmup: RawInput[];
}

export type Phase = 'tokenize' | 'analyze';

export type WorkerMessage =
  | { type: 'ready'; loadMs: number; rss: number }
  | { type: 'done'; phase: Phase; ms: number; failures: number; tokens: number; rss: number };

/** Sampling RSS after every article would cost more than it tells. */
const RSS_EVERY = 16;

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('throughput-worker: must run as a worker thread');
  const { articles, warmup } = workerData as WorkerInput;
  const loadStarted = performance.now();
  const ctx = createContext();
  const nlp = loadWink(ctx);
  for (const input of warmup) analyze(input, ctx);
  const ready: WorkerMessage = {
    type: 'ready',
    loadMs: performance.now() - loadStarted,
    rss: process.memoryUsage.rss(),
  };
  port.postMessage(ready);

  port.on('message', (phase: Phase) => {
    let rss = process.memoryUsage.rss();
    let failures = 0;
    let tokens = 0;
    const started = performance.now();
    articles.forEach((input, i) => {
      try {
        if (phase === 'tokenize') tokens += nlp.readDoc(input.content).tokens().out().length;
        else analyze(input, ctx);
      } catch {
        failures++;
      }
      if (i % RSS_EVERY === 0) rss = Math.max(rss, process.memoryUsage.rss());
    });
    const ms = performance.now() - started;
    const done: WorkerMessage = {
      type: 'done',
      phase,
      ms,
      failures,
      tokens,
      rss: Math.max(rss, process.memoryUsage.rss()),
    };
    port.postMessage(done);
  });
}

main();
