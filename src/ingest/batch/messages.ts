import type { DictionaryOptions } from '../../kb/load.js';
import type { Doc, HomeRegion } from '../../doc/types.js';
import type { ReadInput } from '../types.js';
import type { WireError } from './wire-error.js';

/** What a batch worker is started with: settings of the whole run. */
export interface BatchWorkerData {
  /** Validated publication date given on the command line (wins over the page's). */
  published?: string;
  /** `--home-region`, for every article of the run. */
  homeRegion?: HomeRegion;
  /** Home regions by publication key, learnt from the store (and learnt again as the run stores more). */
  homeRegions?: ReadonlyMap<string, HomeRegion>;
  /** The user's event dictionaries and KB rows, for every article of the run. */
  dictionaries?: DictionaryOptions;
}

/** Main thread → worker: analyse this input. */
export interface AnalyzeRequest {
  kind: 'analyze';
  id: number;
  input: ReadInput;
}

/** Main thread → worker: home regions learnt again; they apply to every input sent after this message. */
export interface HomeRegionsUpdate {
  kind: 'home-regions';
  homeRegions: ReadonlyMap<string, HomeRegion>;
}

export type WorkerRequest = AnalyzeRequest | HomeRegionsUpdate;

/** Worker → main thread: the Doc, or why analysis failed. */
export type AnalyzeReply = { id: number; ok: true; doc: Doc } | { id: number; ok: false; error: WireError };
