import { NewsgraphError } from '../errors.js';
import { DEFAULT_LIMIT, MAX_LIMIT, type Page } from './store.js';

/** A page's rows: how many and after how many. */
export interface Bounds {
  limit: number;
  offset: number;
}

/** A page request with defaults filled in; out-of-range values are a BAD_ARGUMENT naming the option. */
export function resolvePage(page: Page = {}): Bounds {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const offset = page.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new NewsgraphError(
      'BAD_ARGUMENT',
      'limit',
      `${limit}: must be a whole number from 1 to ${MAX_LIMIT}`,
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new NewsgraphError('BAD_ARGUMENT', 'offset', `${offset}: must be a whole number, 0 or more`);
  }
  return { limit, offset };
}
