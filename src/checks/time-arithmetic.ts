import type { Doc, Finding, Place } from '../doc/types.js';
import { clockFromTimex, utcTimesInText, type ClockTime } from './clock-times.js';
import { clock12, countryZones, formatOffset, hhmm, zoneOffsetMinutes } from './zones.js';

/**
 * Time arithmetic: a local clock time and its stated UTC/GMT equivalent in the same sentence
 * ("11:30 am (1900 GMT)") must be the same instant. The local offset comes from the timex value, else
 * from the time zone of a place in the sentence, else every zone of the sentence's country is tried.
 */
export function findTimeArithmetic(doc: Doc): Finding[] {
  const clocksBySentence: ClockTime[][] = doc.sentences.map(() => []);
  doc.timexes.forEach((t, i) => {
    if (t.type !== 'TIME') return;
    const c = clockFromTimex(doc, t, i);
    if (c) clocksBySentence[t.sentence]?.push(c);
  });
  const placesBySentence: Place[][] = doc.sentences.map(() => []);
  for (const p of doc.places) placesBySentence[p.sentence]?.push(p);
  const findings: Finding[] = [];
  doc.sentences.forEach((s, i) => {
    const clocks = clocksBySentence[i] ?? [];
    const isStated = (c: ClockTime): boolean =>
      c.offset === 0 &&
      (c.label !== undefined || (c.timex !== undefined && doc.timexes[c.timex]!.value.endsWith('Z')));
    const locals = clocks.filter((c) => !isStated(c));
    if (locals.length === 0) return;
    let stated = clocks.filter(isStated);
    if (stated.length === 0)
      stated = utcTimesInText(doc, s.start, s.end).filter((u) => !locals.some((l) => overlaps(l, u)));
    for (const utc of stated) {
      const local = localFor(locals, utc);
      const finding = local && check(doc, local, utc, placesBySentence[i] ?? []);
      if (finding) findings.push(finding);
    }
  });
  return findings;
}

function overlaps(a: ClockTime, b: ClockTime): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** The local time a UTC equivalent glosses: the nearest one before it, else the nearest after. */
function localFor(locals: ClockTime[], utc: ClockTime): ClockTime | undefined {
  const before = locals.filter((l) => l.span.end <= utc.span.start);
  return before[before.length - 1] ?? locals[0];
}

function check(doc: Doc, local: ClockTime, utc: ClockTime, places: Place[]): Finding | undefined {
  const date = local.date ?? utc.date ?? doc.meta.published?.slice(0, 10);
  const zoned = places.filter((p) => p.timeZone);
  const label = utc.label ?? 'GMT';
  if (local.offset !== undefined) {
    const zone = zoned.find((p) => date && zoneOffsetMinutes(p.timeZone!, date) === local.offset)?.timeZone;
    return compare(local, utc, local.offset, zone ?? formatOffset(local.offset), date, label);
  }
  if (!date) return undefined;
  const place = zoned[0];
  const offset = place?.timeZone ? zoneOffsetMinutes(place.timeZone, date) : undefined;
  if (place?.timeZone && offset !== undefined)
    return compare(local, utc, offset, place.timeZone, date, label);
  const country = places.find((p) => p.country)?.country;
  return country ? checkCountry(local, utc, country, date, label) : undefined;
}

function compare(
  local: ClockTime,
  utc: ClockTime,
  offset: number,
  zone: string,
  date: string | undefined,
  label: string,
): Finding | undefined {
  const computed = local.minutes - offset;
  if (hhmm(computed) === hhmm(utc.minutes)) return undefined;
  const on = date ? ` on ${date}` : '';
  return {
    kind: 'time-arithmetic',
    message: `${clock12(local.minutes)} in ${zone}${on} is ${hhmm(computed)} ${label}, not ${hhmm(utc.minutes)} ${label} as stated.`,
    spans: [local.span, utc.span],
    rule: 'checks:time-arithmetic:zone',
    data: {
      local: hhmm(local.minutes),
      zone,
      date: date ?? null,
      offsetMinutes: offset,
      computedUtc: hhmm(computed),
      statedUtc: hhmm(utc.minutes),
      differenceMinutes: signedDifference(computed, utc.minutes),
    },
  };
}

/** No zone known but the country: a stated UTC time that fits none of the country's zones is wrong. */
function checkCountry(
  local: ClockTime,
  utc: ClockTime,
  country: string,
  date: string,
  label: string,
): Finding | undefined {
  const zones = countryZones(country);
  const offsets = [...new Set(zones.map((z) => zoneOffsetMinutes(z, date)).filter((o) => o !== undefined))];
  if (offsets.length === 0 || offsets.some((o) => hhmm(local.minutes - o) === hhmm(utc.minutes)))
    return undefined;
  if (offsets.length === 1) return compare(local, utc, offsets[0]!, zones[0]!, date, label);
  const possible = offsets.map((o) => hhmm(local.minutes - o)).join(', ');
  return {
    kind: 'time-arithmetic',
    message: `${clock12(local.minutes)} in ${country} on ${date} is one of ${possible} ${label} depending on the zone, never ${hhmm(utc.minutes)} ${label} as stated.`,
    spans: [local.span, utc.span],
    rule: 'checks:time-arithmetic:country',
    data: { local: hhmm(local.minutes), country, date, statedUtc: hhmm(utc.minutes), possibleUtc: possible },
  };
}

/** Difference computed − stated in minutes, in (−720, 720]. */
function signedDifference(computed: number, stated: number): number {
  const d = (((computed - stated) % 1440) + 1440) % 1440;
  return d > 720 ? d - 1440 : d;
}
