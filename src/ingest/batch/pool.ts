import type { Worker } from 'node:worker_threads';
import type { Doc, HomeRegion } from '../../doc/types.js';
import type { ReadInput } from '../types.js';
import type { AnalyzeReply, BatchWorkerData, WorkerRequest } from './messages.js';
import { fromWire } from './wire-error.js';
import { startWorker } from './worker-thread.js';

interface Pending {
  resolve: (doc: Doc) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads that analyse inputs. Workers start only when work is waiting and every running worker is
 * busy, so a batch of two files does not pay for loading the pipeline on every core. A worker that dies
 * fails the inputs it held (the batch goes on: they are retried on the next run) and is replaced on demand.
 */
export class AnalyzerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    readonly size: number,
    private workerData: BatchWorkerData = {},
  ) {}

  analyze(input: ReadInput): Promise<Doc> {
    const slot = this.slotFor();
    const id = this.nextId++;
    return new Promise<Doc>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ kind: 'analyze', id, input } satisfies WorkerRequest);
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
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** An idle worker, else a new one while under `size`, else the least busy. */
  private slotFor(): Slot {
    const idle = this.slots.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    return this.slots.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.workerData), pending: new Map() };
    slot.worker.on('message', (reply: AnalyzeReply) => {
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if (reply.ok) pending.resolve(reply.doc);
      else pending.reject(fromWire(reply.error));
    });
    slot.worker.on('error', (error) => this.retire(slot, error));
    slot.worker.on('exit', (code) => this.retire(slot, new Error(`analysis worker exited (code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
    if (!this.closing) void slot.worker.terminate();
  }
}
