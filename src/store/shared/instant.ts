/**
 * ISO 8601 dates and date-times as instants, read the way SQLite's `julianday` reads them, so a date filter
 * gives the same answer on both engines: a bare date is midnight UTC, a date-time without an offset is UTC,
 * `Z` or `±HH:MM` offsets are honoured, and anything else (TimeML `2025-08-15TMO`, `XXXX-06`) is no instant.
 */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The instant as an ISO string in UTC, or null when `value` is not a calendar date or date-time. */
export function isoInstant(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, date, time, zone] = m;
  const offset =
    zone === undefined || zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(`${date}T${time ?? '00:00'}${time && time.length === 5 ? ':00' : ''}${offset}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A bare ISO date (no time): as an upper bound it includes that whole day. */
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `from`/`to` filter's bounds as instants: `to` as a bare date means up to the end of that day, so it
 * becomes an exclusive bound on the next midnight. Null for a bound that is not a date (matches nothing,
 * as SQLite's NULL julianday does).
 */
export function dateBounds(range: { from?: string; to?: string }): {
  from?: string | null;
  to?: { at: string | null; inclusive: boolean };
} {
  const bounds: ReturnType<typeof dateBounds> = {};
  if (range.from) bounds.from = isoInstant(range.from);
  if (range.to) {
    const bare = BARE_DATE.test(range.to);
    const at = isoInstant(range.to);
    bounds.to = {
      at: bare && at ? new Date(Date.parse(at) + 86_400_000).toISOString() : at,
      inclusive: !bare,
    };
  }
  return bounds;
}
