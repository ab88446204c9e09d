/** The anchor of relative expressions: the publication date, read from `doc.meta`. Never the wall clock. */
import { DateTime } from 'luxon';
import type { Meta } from '../doc/types.js';
import type { CalendarDay } from './types.js';

/**
 * The calendar day of publication. A datetime with an offset is moved into `meta.timeZone` when that is
 * known (a 02:00Z story from New York was published on the previous local day); a bare date is taken as is.
 * Undefined when there is no usable date.
 */
export function publicationDay(meta: Meta): CalendarDay | undefined {
  const published = meta.published?.trim();
  if (!published) return undefined;
  let dt = DateTime.fromISO(published, { setZone: true });
  if (!dt.isValid) return undefined;
  const hasTime = /T\d/.test(published);
  if (hasTime && meta.timeZone) {
    const local = dt.setZone(meta.timeZone);
    if (local.isValid) dt = local;
  }
  return { year: dt.year, month: dt.month, day: dt.day };
}
