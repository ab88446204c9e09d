import type { Worker } from 'node:worker_threads';
import type { Doc, HomeRegion } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import type { ReadInput } from '../types.js';
import type { BatchWorkerData, InputSettings, WorkerReply, WorkerRequest } from './messages.js';
import { fromWire } from './wire-error.js';
import { startWorker } from './worker-thread.js';

/** Default per-article deadline: a BBC article takes about 10 ms; a hostile megabyte a few seconds. */
export const DEFAULT_DEADLINE_SECONDS = 30;

export interface PoolOptions {
  /** Seconds one input may take once a ready worker has it; over it the worker is replaced (0: none). */
  deadlineSeconds?: number;
  /** Inputs that may wait for a worker; one more is refused with ANALYSIS_BUSY (default: no limit). */
  maxWaiting?: number;
}

interface Job {
  id: number;
  input: ReadInput;
  settings: InputSettings | undefined;
  resolve: (doc: Doc) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * Worker threads that analyse inputs, one input per worker at a time; the rest wait in order. Workers start
 * only when work is waiting and every worker is busy, so a batch of two files (or a server that is never
 * asked to analyse) does not pay for loading the pipeline on every core. A worker that dies fails the input
 * it held; one that runs past the deadline is terminated and its input fails with ANALYSIS_TIMEOUT. Either
 * way the others go on and a new worker starts on demand.
 */
export class AnalyzerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly deadlineMs: number;
  private readonly maxWaiting: number;
  private nextId = 0;
  private closing = false;

  constructor(
    readonly size: number,
    private workerData: BatchWorkerData = {},
    options: PoolOptions = {},
  ) {
    this.deadlineMs = Math.max(0, (options.deadlineSeconds ?? DEFAULT_DEADLINE_SECONDS) * 1000);
    this.maxWaiting = options.maxWaiting ?? Infinity;
  }

  /** Analyses `input` in a worker; `settings` win over the run's (a server request's date and home region). */
  analyze(input: ReadInput, settings?: InputSettings): Promise<Doc> {
    if (this.closing) return Promise.reject(new Error('analysis pool: closed'));
    if (this.queue.length >= this.maxWaiting)
      return Promise.reject(new NewsgraphError('ANALYSIS_BUSY', input.path, `${this.maxWaiting} waiting`));
    return new Promise<Doc>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, settings, resolve, reject });
      this.pump();
    });
  }

  /**
   * New home regions for every input analysed from now on: running workers get them before their next
   * input (a port delivers in order), workers started later with their data.
   */
  setHomeRegions(homeRegions: ReadonlyMap<string, HomeRegion>): void {
    this.workerData = { ...this.workerData, homeRegions };
    for (const slot of this.slots)
      slot.worker.postMessage({ kind: 'home-regions', homeRegions } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('analysis pool: closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) clearTimeout(slot.timer);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Hands waiting inputs to ready idle workers; starts a worker when all are busy and there is room. */
  private pump(): void {
    if (this.closing) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.job) this.dispatch(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((slot) => !slot.ready).length;
    if (this.queue.length > starting && this.slots.length < this.size) this.spawn();
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    const request: WorkerRequest = {
      kind: 'analyze',
      id: job.id,
      input: job.input,
      ...(job.settings ? { settings: job.settings } : {}),
    };
    slot.worker.postMessage(request);
    if (this.deadlineMs > 0) slot.timer = setTimeout(() => this.overrun(slot), this.deadlineMs);
  }

  private spawn(): void {
    const slot: Slot = { worker: startWorker(this.workerData), ready: false };
    slot.worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') slot.ready = true;
      else if (slot.job?.id === reply.id) {
        const job = slot.job;
        clearTimeout(slot.timer);
        slot.job = undefined;
        if (reply.ok) job.resolve(reply.doc);
        else job.reject(fromWire(reply.error));
      }
      this.pump();
    });
    slot.worker.on('error', (error) => this.retire(slot, error));
    slot.worker.on('exit', (code) => this.retire(slot, new Error(`analysis worker exited (code ${code})`)));
    this.slots.push(slot);
  }

  private overrun(slot: Slot): void {
    const seconds = this.deadlineMs / 1000;
    const input = slot.job?.input.path;
    this.retire(slot, new NewsgraphError('ANALYSIS_TIMEOUT', input, `over the ${seconds} s deadline`));
  }

  /** Takes a worker out (failing its input with `error`), terminates it and lets the queue go on. */
  private retire(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    slot.job?.reject(error);
    slot.job = undefined;
    if (!this.closing) {
      void slot.worker.terminate();
      // A worker that dies before it is ready would die again: fail what waits rather than respawn forever.
      if (!slot.ready) for (const job of this.queue.splice(0)) job.reject(error);
      this.pump();
    }
  }
}
