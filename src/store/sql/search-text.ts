import { NewsgraphError } from '../../errors.js';

/**
 * Refuses search text neither engine can take: FTS5 reads a MATCH expression as a C string, so a NUL ends
 * it mid-phrase ("unterminated string") even when quoted, and PostgreSQL text cannot hold a NUL at all.
 * BAD_ARGUMENT naming the parameter, not a store failure.
 */
export function checkSearchText(query: string, parameter: string): void {
  if (query.includes('\u0000'))
    throw new NewsgraphError('BAD_ARGUMENT', parameter, 'contains a NUL character');
}
