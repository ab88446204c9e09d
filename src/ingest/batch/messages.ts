import type { Doc, HomeRegion } from '../../doc/types.js';
import type { ReadInput } from '../types.js';
import type { WireError } from './wire-error.js';

/** What a batch worker is started with: settings of the whole run. */
export interface BatchWorkerData {
  /** Validated publication date given on the command line (wins over the page's). */
  published?: string;
  /** `--home-region`, for every article of the run. */
  homeRegion?: HomeRegion;
  /** Home regions by publication key, learnt from the store when the run started. */
  homeRegions?: ReadonlyMap<string, HomeRegion>;
}

/** Main thread → worker: analyse this input. */
export interface AnalyzeRequest {
  id: number;
  input: ReadInput;
}

/** Worker → main thread: the Doc, or why analysis failed. */
export type AnalyzeReply = { id: number; ok: true; doc: Doc } | { id: number; ok: false; error: WireError };
