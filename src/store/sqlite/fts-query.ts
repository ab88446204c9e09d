import { NewsgraphError } from '../../errors.js';

/**
 * Turning what a user typed into an FTS5 MATCH expression. FTS5 syntax is powerful (`a OR b`, `"a b"`,
 * `title:x`, `pre*`, `NEAR(a b)`) but ordinary text breaks it: "Putin's", "Trump-Putin", "U.S." are all
 * syntax errors or column filters. So a query that does not parse is searched again as literal words.
 */

/** Every whitespace-separated word as a quoted phrase (the tokenizer splits "Trump-Putin" into a phrase). */
export function literalQuery(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => `"${word.replaceAll('"', '""')}"`)
    .join(' ');
}

/**
 * Messages SQLite gives for a MATCH expression it cannot read (checked against SQLite 3.53):
 * `fts5: syntax error near "'"`, `unterminated string`, `no such column: Putin` (from `Trump-Putin`),
 * `unknown special query`.
 */
const FTS_SYNTAX_ERROR = /^(fts5: syntax error|unterminated string|no such column|unknown special query)/;

export function isFtsSyntaxError(error: unknown): error is Error {
  return error instanceof Error && FTS_SYNTAX_ERROR.test(error.message);
}

/**
 * Refuses search text SQLite cannot take: FTS5 reads a MATCH expression as a C string, so a NUL ends it
 * mid-phrase ("unterminated string") even when quoted. BAD_ARGUMENT naming the parameter, not a store failure.
 */
export function checkSearchText(query: string, parameter: string): void {
  if (query.includes('\u0000'))
    throw new NewsgraphError('BAD_ARGUMENT', parameter, 'contains a NUL character');
}
