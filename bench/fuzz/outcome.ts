/** How one case ended. `crash`: exit 70, a signal or an exit code the catalog does not give for bad input. */
export interface CaseResult {
  outcome: 'ok' | 'refused' | 'crash' | 'hang';
  /** Exit code (CLI) or the catalog's code for what `analyze` threw; undefined after a kill. */
  exit: number | undefined;
  ms: number;
  peakRssMb: number;
  message?: string;
}

/** Exit codes `ingest` may end with on hostile input: all stored, some failed (2), bad content (65). */
export const INGEST_EXPECTED_EXITS: ReadonlySet<number> = new Set([0, 2, 65]);
