import type { Doc, TextSpan } from '../doc/types.js';

/** What two reports of the same event can disagree on, with the span that says it. */
export interface EventFacts {
  articleId: string;
  type: string;
  time?: { value: string } & TextSpan;
  place?: { name: string; country?: string; lat: number; lon: number; featureClass?: string } & TextSpan;
  /** Counted things in the event's text: "12 people" → { noun: "people", value: 12 }. */
  numbers: ({ noun: string; value: number } & TextSpan)[];
}

/** A number (digits, thousands separators, decimals) and the word after it, in an event's text. */
const COUNTED = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(\p{L}+)/gu;

/** Counted things in `text`, which starts at offset `start` of its article. */
export function countedThings(text: string, start: number): EventFacts['numbers'] {
  const found: EventFacts['numbers'] = [];
  for (const m of text.matchAll(COUNTED)) {
    const value = Number(m[1]!.replaceAll(',', ''));
    if (!Number.isFinite(value)) continue;
    const at = start + m.index;
    found.push({ noun: m[2]!.toLowerCase(), value, start: at, end: at + m[1]!.length, text: m[1]! });
  }
  return found;
}

/** The facts of event `idx` of a pipeline Doc. */
export function factsFromDoc(doc: Doc, idx: number): EventFacts | undefined {
  const event = doc.events[idx];
  if (!event) return undefined;
  const timex = event.time === undefined ? undefined : doc.timexes[event.time];
  const place = event.place === undefined ? undefined : doc.places[event.place];
  return {
    articleId: doc.id,
    type: event.type,
    ...(timex ? { time: { value: timex.value, start: timex.start, end: timex.end, text: timex.text } } : {}),
    ...(place
      ? {
          place: {
            name: place.name,
            lat: place.lat,
            lon: place.lon,
            start: place.start,
            end: place.end,
            text: place.text,
            ...(place.country ? { country: place.country } : {}),
            ...(place.featureClass ? { featureClass: place.featureClass } : {}),
          },
        }
      : {}),
    numbers: countedThings(event.text, event.start),
  };
}

/** A stored report's event row joined with its time and place rows (see `storedFacts`). */
export interface StoredEventRow {
  articleId: string;
  type: string;
  start: number;
  text: string;
  timeValue: string | null;
  timeStart: number | null;
  timeEnd: number | null;
  timeText: string | null;
  placeName: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  featureClass: string | null;
  placeStart: number | null;
  placeEnd: number | null;
  placeText: string | null;
}

export function factsFromRow(row: StoredEventRow): EventFacts {
  const { timeValue, timeStart, timeEnd, timeText, placeName, lat, lon, placeStart, placeEnd, placeText } =
    row;
  return {
    articleId: row.articleId,
    type: row.type,
    ...(timeValue !== null && timeStart !== null && timeEnd !== null && timeText !== null
      ? { time: { value: timeValue, start: timeStart, end: timeEnd, text: timeText } }
      : {}),
    ...(placeName !== null && lat !== null && lon !== null && placeStart !== null && placeEnd !== null
      ? {
          place: {
            name: placeName,
            lat,
            lon,
            start: placeStart,
            end: placeEnd,
            text: placeText ?? '',
            ...(row.country ? { country: row.country } : {}),
            ...(row.featureClass ? { featureClass: row.featureClass } : {}),
          },
        }
      : {}),
    numbers: countedThings(row.text, row.start),
  };
}
