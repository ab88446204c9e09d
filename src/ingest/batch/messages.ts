import type { DictionaryOptions } from '../../kb/load.js';
import type { Doc, HomeRegion } from '../../doc/types.js';
import type { ReadInput } from '../types.js';
import type { WireError } from './wire-error.js';

/** Settings that apply to one input: the run's (worker data) or one request's (the server's body). */
export interface InputSettings {
  /** Validated publication date (wins over the page's). */
  published?: string;
  /** Where the publication is based (`--home-region`, or a request's `homeRegion`). */
  homeRegion?: HomeRegion;
  /** The article's title (`--title`): wins over what extraction finds. */
  title?: string;
  /** False (`--no-title`): a plain-text first line is body text, never the title. */
  firstLineTitle?: boolean;
  /** The user's event dictionaries and KB rows (for every article of a run, or one request's). */
  dictionaries?: DictionaryOptions;
}

/** What an analysis worker is started with: settings of the whole run. */
export interface BatchWorkerData extends InputSettings {
  /** Home regions by publication key, learnt from the store (and learnt again as the run stores more). */
  homeRegions?: ReadonlyMap<string, HomeRegion>;
}

/** Main thread → worker: analyse this input (with these settings over the run's). */
export interface AnalyzeRequest {
  kind: 'analyze';
  id: number;
  input: ReadInput;
  settings?: InputSettings;
}

/** Main thread → worker: home regions learnt again; they apply to every input sent after this message. */
export interface HomeRegionsUpdate {
  kind: 'home-regions';
  homeRegions: ReadonlyMap<string, HomeRegion>;
}

export type WorkerRequest = AnalyzeRequest | HomeRegionsUpdate;

/**
 * Worker → main thread: `ready` once its models are loaded (a deadline counts from then, not from the
 * worker's start), then for each input the Doc or why analysis failed.
 */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; ok: true; doc: Doc }
  | { kind: 'done'; id: number; ok: false; error: WireError };
