import { dateBounds } from '../../shared/instant.js';
import type { DateRange } from '../../queries.js';
import type { Where } from '../sql.js';

/**
 * `from`/`to` bounds on the instant `instantExpr` (a timestamptz expression): a bare `to` date includes
 * that whole day. Bounds are read in JS as SQLite's julianday reads them (`shared/instant.ts`).
 */
export function dateRangePg(where: Where, range: DateRange, instantExpr: string): Where {
  const { from, to } = dateBounds(range);
  if (from !== undefined) where.and(`${instantExpr} >= ${where.params.add(from)}::timestamptz`);
  if (to !== undefined) {
    where.and(`${instantExpr} ${to.inclusive ? '<=' : '<'} ${where.params.add(to.at)}::timestamptz`);
  }
  return where;
}

/** Newest publication first, undated last, then in storage order: the order every listing uses. */
export const NEWEST_FIRST = 'a.published IS NULL, a.published DESC, a.seq';
