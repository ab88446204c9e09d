import { z } from 'zod';
import { NewsgraphError } from '../errors.js';

/**
 * A publication date given from outside (CLI flag, HTTP parameter): an ISO 8601 date (`2025-08-14`) or
 * date-time with an offset (`2025-08-14T09:30:00-04:00`, `…Z`, seconds optional). A date-time without an
 * offset is refused: the time stage anchors relative dates on it, and a guessed zone shifts "yesterday".
 */
export const ISO_DATE_OR_DATETIME = z.union(
  [z.iso.date(), z.iso.datetime({ offset: true }), z.iso.datetime({ offset: true, precision: -1 })],
  { error: 'expected an ISO 8601 date like 2025-08-14 or a date-time with offset like 2025-08-14T09:30:00Z' },
);

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** The validated value, or a BAD_ARGUMENT error naming `option`. */
export function parsePublished(value: string, option = '--published'): string {
  const trimmed = value.trim();
  if (ISO_DATE_OR_DATETIME.safeParse(trimmed).success) return trimmed;
  const hint = LOCAL_DATETIME.test(trimmed)
    ? 'a date-time needs an offset, e.g. 2025-08-14T09:30:00Z or 2025-08-14T09:30:00-04:00'
    : 'expected an ISO 8601 date like 2025-08-14 or a date-time like 2025-08-14T09:30:00Z';
  throw new NewsgraphError('BAD_ARGUMENT', option, `"${value}": ${hint}`);
}
