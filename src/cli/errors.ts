import { ERRORS, NewsgraphError } from '../errors.js';

/** Exit code for a bug (an error that is not a NewsgraphError): the catalog's INTERNAL, EX_SOFTWARE. */
export const EXIT_UNEXPECTED = ERRORS.INTERNAL.exit;

export const DEBUG_HINT = 'set NEWSGRAPH_DEBUG=1 for the stack';

export function debugEnabled(): boolean {
  const flag = process.env.NEWSGRAPH_DEBUG;
  return flag !== undefined && flag !== '' && flag !== '0';
}

/**
 * The one line that tells a user what went wrong: the catalog message (which names the input) for known
 * errors, "unexpected error" plus the debug hint for bugs.
 */
export function errorLine(error: unknown): string {
  if (error instanceof NewsgraphError) return oneLine(error.message);
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${oneLine(message)}${debugEnabled() ? '' : ` (${DEBUG_HINT})`}`;
}

export function exitCodeOf(error: unknown): number {
  return error instanceof NewsgraphError ? error.exitCode : EXIT_UNEXPECTED;
}

/** Writes the error line (and with NEWSGRAPH_DEBUG=1 the stack and causes) to stderr; returns the exit code. */
export function reportError(error: unknown, prefix = ''): number {
  process.stderr.write(`${prefix}${errorLine(error)}\n`);
  if (debugEnabled()) process.stderr.write(`${stackOf(error)}\n`);
  return exitCodeOf(error);
}

function stackOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  return parts.join('\ncaused by: ');
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}
