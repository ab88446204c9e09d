import { ERRORS, NewsgraphError, type ErrorCode } from '../../errors.js';

/**
 * Errors that say the input itself is bad, so analysing it again cannot succeed: a re-run skips such an
 * input. Anything else (a missing or unreadable file, a size over this run's limit, a bug) is retried.
 */
const PERMANENT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INPUT_EMPTY', // no text, or a feed with no items
  'INPUT_BINARY', // NUL bytes or a binary signature
  'INPUT_ENCODING', // not decodable text
  'INPUT_BAD_FORMAT', // malformed feed, JSONL line or WARC record
]);

export interface FailureRecord {
  errorCode: string | null;
  /** Why, in one line, without the input's name in front (the journal row's key says which input). */
  error: string;
  permanent: boolean;
}

const UNEXPECTED = 'unexpected error: ';

/** What the journal keeps of an error. */
export function failureRecord(error: unknown): FailureRecord {
  if (error instanceof NewsgraphError) {
    const named = error.input !== undefined && error.message.startsWith(`${error.input}: `);
    const reason = named ? error.message.slice(error.input!.length + 2) : error.message;
    return { errorCode: error.code, error: oneLine(reason), permanent: PERMANENT_CODES.has(error.code) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { errorCode: null, error: `${UNEXPECTED}${oneLine(message)}`, permanent: false };
}

/**
 * The error again from a journal row, naming the input as `name`, so a failure skipped on a re-run is
 * reported and counted (exit code) as it was the first time.
 */
export function errorFromRecord(errorCode: string | null, reason: string, name: string): Error {
  if (errorCode !== null && errorCode in ERRORS) {
    const error = new NewsgraphError(errorCode as ErrorCode, name);
    error.message = `${name}: ${reason}`;
    return error;
  }
  return new Error(reason.startsWith(UNEXPECTED) ? reason.slice(UNEXPECTED.length) : reason);
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}
