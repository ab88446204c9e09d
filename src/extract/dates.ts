import { DateTime, IANAZone } from 'luxon';

/**
 * Human-written date formats seen in meta tags and JSON-LD when a site does not use ISO 8601, tried in order
 * after the machine formats (ISO 8601, SQL, RFC 2822, HTTP). Month names are English.
 */
const HUMAN_FORMATS: readonly string[] = [
  'MMMM d, yyyy h:mm a',
  'MMMM d, yyyy',
  'MMM d, yyyy h:mm a',
  'MMM d, yyyy',
  'EEEE, MMMM d, yyyy',
  'd MMMM yyyy HH:mm',
  'd MMMM yyyy',
  'd MMM yyyy',
  'yyyy/MM/dd HH:mm:ss',
  'yyyy/MM/dd',
];

/** Two different fallback offsets: a parse whose offset does not follow the fallback stated its own. */
const PROBE_ZONES = ['UTC+3', 'UTC-7'] as const;
const HAS_CLOCK_TIME = /\d:\d\d/;

type Parser = (s: string, zone: string) => DateTime;

const PARSERS: readonly Parser[] = [
  (s, zone) => DateTime.fromISO(s, { zone, setZone: true }),
  (s, zone) => DateTime.fromSQL(s, { zone, setZone: true }),
  (s, zone) => DateTime.fromRFC2822(s, { zone, setZone: true }),
  (s, zone) => DateTime.fromHTTP(s, { zone, setZone: true }),
  ...HUMAN_FORMATS.map(
    (format): Parser =>
      (s, zone) =>
        DateTime.fromFormat(s, format, { zone, setZone: true, locale: 'en' }),
  ),
];

/** An IANA zone name stated by the page ("Europe/London"), or undefined for anything else. */
export function ianaZone(value: string | undefined): string | undefined {
  const v = value?.trim();
  // Only Area/Location names: abbreviations such as "EST" are valid IANA links but ambiguous in practice.
  if (!v || !/^[A-Za-z]+\/[A-Za-z0-9_+\-/]+$/.test(v)) return undefined;
  return IANAZone.isValidZone(v) ? v : undefined;
}

/**
 * A publication date as ISO 8601, keeping the offset the page gave. A date alone stays a bare date
 * (`2025-08-14`). A clock time with no offset is placed in `timeZone` when the page stated one; otherwise
 * only its date is kept, because a time that cannot be placed on the time line would mislead.
 */
export function normalisePublished(value: string | undefined, timeZone?: string): string | undefined {
  const s = value?.trim().replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g, '$1');
  if (!s) return undefined;
  for (const parse of PARSERS) {
    const a = parse(s, PROBE_ZONES[0]);
    if (!a.isValid) continue;
    if (!HAS_CLOCK_TIME.test(s)) return a.toISODate() ?? undefined;
    const offsetStated = a.offset === parse(s, PROBE_ZONES[1]).offset;
    if (offsetStated) return isoWithOffset(a);
    if (timeZone) return isoWithOffset(parse(s, timeZone));
    return a.toISODate() ?? undefined;
  }
  return undefined;
}

function isoWithOffset(dt: DateTime): string | undefined {
  const iso = dt.toISO({ suppressMilliseconds: true });
  // `Z` and `+00:00` mean the same; the Doc model writes offsets as ±hh:mm throughout.
  return iso?.replace(/Z$/, '+00:00') ?? undefined;
}
