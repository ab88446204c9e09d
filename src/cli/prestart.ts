/**
 * `newsgraph analyze` analyses in a worker thread, which spends most of a cold start loading the pipeline,
 * models and tables. Started before the main thread loads the CLI's own modules, its loading runs alongside
 * theirs on another core. Guessed from the raw arguments, before they are parsed: a wrong guess (a usage
 * error, `--help`) costs only the worker's start, as the process exits without waiting for it.
 */
import { prestartWorker } from '../ingest/batch/worker-thread.js';

/** True when the arguments ask for `analyze` with its analysis worker (not `--deadline 0`, not help). */
export function analyzesInWorker(argv: readonly string[]): boolean {
  if (argv[2] !== 'analyze') return false;
  const rest = argv.slice(3);
  const noDeadline = rest.some(
    (arg, i) => /^--deadline=0+$/.test(arg) || (arg === '--deadline' && /^0+$/.test(rest[i + 1] ?? '')),
  );
  return !noDeadline && !rest.includes('--help') && !rest.includes('-h');
}

export function prestartAnalysis(argv: readonly string[] = process.argv): void {
  if (analyzesInWorker(argv)) void prestartWorker();
}
