/**
 * Time zones for clock times: which IANA zone a sentence's clock time is in, and its UTC offset on a date.
 * `utcOffsetMinutes` is pure and shared with the checks stage (it compares local and stated UTC clocks).
 */
import { DateTime, IANAZone } from 'luxon';
import type { Doc, Place } from '../doc/types.js';

/**
 * UTC offset in minutes of `zone` at the local date or datetime `isoDate` (`2025-08-15`, `2025-08-15T11:30`),
 * DST included: `utcOffsetMinutes('America/Anchorage', '2025-08-15T11:30')` is -480. NaN for an unknown zone
 * or an unreadable date.
 */
export function utcOffsetMinutes(zone: string, isoDate: string): number {
  const dt = DateTime.fromISO(isoDate, { zone });
  return dt.isValid ? dt.offset : NaN;
}

/**
 * How specific a place is, lower is more specific: a facility or spot, then a city, then a district or
 * state, then a country. A clock time in a sentence naming an air base and its state is the base's time.
 */
function specificity(place: Place): number {
  const [cls = '', code = ''] = (place.featureClass ?? '').split('.');
  if (cls === 'S' || cls === 'L' || cls === 'H' || cls === 'T' || cls === 'V' || cls === 'U' || cls === 'R')
    return 0;
  if (cls === 'P') return 1;
  if (cls === 'A' && /^ADM[2-5]/.test(code)) return 2;
  if (cls === 'A' && code.startsWith('ADM1')) return 3;
  if (cls === 'A' && code.startsWith('PCL')) return 4;
  return 5;
}

export interface ZoneChoice {
  zone: string;
  /** `place` when a place in the sentence gave it, `meta` for the publication's zone. */
  from: 'place' | 'meta';
}

/** The zone for a clock time in `sentence`: the most specific place there with a zone, else the meta zone. */
export function zoneForSentence(doc: Doc, sentence: number, offset: number): ZoneChoice | undefined {
  let best: Place | undefined;
  for (const place of doc.places) {
    if (place.sentence !== sentence || !place.timeZone || !IANAZone.isValidZone(place.timeZone)) continue;
    if (!best) {
      best = place;
      continue;
    }
    const diff = specificity(place) - specificity(best);
    const nearer = Math.abs(place.start - offset) < Math.abs(best.start - offset);
    if (diff < 0 || (diff === 0 && nearer)) best = place;
  }
  if (best?.timeZone) return { zone: best.timeZone, from: 'place' };
  if (doc.meta.timeZone && IANAZone.isValidZone(doc.meta.timeZone)) {
    return { zone: doc.meta.timeZone, from: 'meta' };
  }
  return undefined;
}
