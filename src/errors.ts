/**
 * The one error catalog: every failure at an edge (file, feed, database, HTTP body) has a code here with
 * its message, the CLI exit code and the HTTP status. Stages never throw these for odd text; they record
 * diagnostics instead.
 */
export const ERRORS = {
  INPUT_MISSING: { message: 'no such file', exit: 66, http: 404 },
  INPUT_UNREADABLE: { message: 'cannot be read', exit: 66, http: 400 },
  INPUT_EMPTY: { message: 'is empty (no text to analyse)', exit: 65, http: 400 },
  INPUT_BINARY: { message: 'is binary, not text or HTML', exit: 65, http: 415 },
  INPUT_ENCODING: { message: 'is not valid text in UTF-8, UTF-16 or Latin-1', exit: 65, http: 415 },
  INPUT_TOO_LARGE: { message: 'is too large', exit: 65, http: 413 },
  /** Analysis ran past the per-article deadline (`--deadline`): the article, not the run, fails. */
  ANALYSIS_TIMEOUT: { message: 'took too long to analyse', exit: 65, http: 422 },
  /** Every analysis worker busy and the waiting line full (the server's pool): try again later. */
  ANALYSIS_BUSY: { message: 'cannot be analysed now (every analysis worker is busy)', exit: 75, http: 503 },
  INPUT_BAD_FORMAT: { message: 'is not in the expected format', exit: 65, http: 400 },
  BAD_ARGUMENT: { message: 'invalid argument', exit: 64, http: 400 },
  NOT_FOUND: { message: 'not found', exit: 1, http: 404 },
  UNAUTHORIZED: {
    message: 'needs a valid token (Authorization: Bearer $NEWSGRAPH_TOKEN)',
    exit: 77,
    http: 401,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    message: 'has an unsupported content type (send application/json)',
    exit: 65,
    http: 415,
  },
  OUTPUT_FAILED: { message: 'cannot write the output', exit: 73, http: 500 },
  STORE_FAILED: { message: 'the store failed', exit: 74, http: 500 },
  INTERNAL: { message: 'internal error (a bug: set NEWSGRAPH_DEBUG=1 for the stack)', exit: 70, http: 500 },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  /** The file, URL or parameter the error is about. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, input?: string, detail?: string, options?: { cause?: unknown }) {
    const base = ERRORS[code].message;
    const message = `${input ? `${input}: ` : ''}${base}${detail ? ` (${detail})` : ''}`;
    super(message, options);
    this.name = 'NewsgraphError';
    this.code = code;
    this.input = input;
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  get httpStatus(): number {
    return ERRORS[this.code].http;
  }
}
