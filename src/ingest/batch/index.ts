/** Batch ingest: worker threads for analysis, the ordered in-flight window, journal keys, progress display. */
export { AnalyzerPool, DEFAULT_DEADLINE_SECONDS, type PoolOptions } from './pool.js';
export { OrderedWindow } from './window.js';
export { inputKey, keyOfName, isResumable } from './input-key.js';
export { failureRecord, errorFromRecord, type FailureRecord } from './failures.js';
export { ProgressReporter, type ProgressOptions, type ProgressSink } from './progress.js';
export {
  progressLine,
  progressBar,
  rate,
  etaSeconds,
  formatDuration,
  type ProgressState,
} from './progress-format.js';
