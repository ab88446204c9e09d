import type { Doc, TextSpan, Timex } from '../doc/types.js';

/** A clock time read from a timex value or from text: minutes since midnight, with what we know of its zone. */
export interface ClockTime {
  span: TextSpan;
  minutes: number;
  /** ISO date when the value had one. */
  date?: string;
  /** Offset from UTC in minutes when stated (0 for Z); undefined for a floating local time. */
  offset?: number;
  /** How the UTC equivalent was labelled in the text (GMT, UTC), for messages. */
  label?: string;
  timex?: number;
}

const VALUE =
  /^(?<date>\d{4}-\d{2}-\d{2})?T(?<h>\d{2}):(?<m>\d{2})(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?$/;
const UTC_LABEL = /\b(GMT|UTC)\b/i;

/** A TIME timex as a clock time, or undefined when its value has no clock time. */
export function clockFromTimex(doc: Doc, t: Timex, index: number): ClockTime | undefined {
  const m = VALUE.exec(t.value);
  if (!m?.groups) return undefined;
  const { date, h, m: min, zone } = m.groups;
  const label = UTC_LABEL.exec(t.text)?.[1]?.toUpperCase();
  const span = { start: t.start, end: t.end, text: t.text };
  const offset = zone === undefined ? (label ? 0 : undefined) : zone === 'Z' ? 0 : parseOffset(zone);
  return {
    span,
    minutes: Number(h) * 60 + Number(min),
    ...(date ? { date } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(label ? { label } : {}),
    timex: index,
  };
}

function parseOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * Stated UTC times written in a way date parsers miss: wire style "1900 GMT", "19:00 UTC", "7 pm GMT".
 * Used only for sentences where no timex already carries the UTC time.
 */
const TEXT_UTC =
  /\b(?:(?<h1>\d{1,2})[:.](?<m1>\d{2})|(?<h2>[01]\d|2[0-3])(?<m2>[0-5]\d)|(?<h3>\d{1,2}))\s*(?<ampm>[ap]\.?m\.?)?\s*(?<label>GMT|UTC)\b/gi;

export function utcTimesInText(doc: Doc, start: number, end: number): ClockTime[] {
  const out: ClockTime[] = [];
  for (const m of doc.text.slice(start, end).matchAll(TEXT_UTC)) {
    const g = m.groups ?? {};
    let h = Number(g['h1'] ?? g['h2'] ?? g['h3']);
    const min = Number(g['m1'] ?? g['m2'] ?? 0);
    const ampm = g['ampm']?.toLowerCase();
    if (ampm?.startsWith('p') && h < 12) h += 12;
    if (ampm?.startsWith('a') && h === 12) h = 0;
    if (h > 23 || min > 59) continue;
    const from = start + m.index;
    out.push({
      span: { start: from, end: from + m[0].length, text: m[0] },
      minutes: h * 60 + min,
      offset: 0,
      label: (g['label'] ?? 'GMT').toUpperCase(),
    });
  }
  return out;
}
