import type { Doc } from '../../doc/types.js';
import type { ReadInput } from '../types.js';
import type { WireError } from './wire-error.js';

/** What a batch worker is started with: settings of the whole run. */
export interface BatchWorkerData {
  /** Validated publication date given on the command line (wins over the page's). */
  published?: string;
}

/** Main thread → worker: analyse this input. */
export interface AnalyzeRequest {
  id: number;
  input: ReadInput;
}

/** Worker → main thread: the Doc, or why analysis failed. */
export type AnalyzeReply = { id: number; ok: true; doc: Doc } | { id: number; ok: false; error: WireError };
