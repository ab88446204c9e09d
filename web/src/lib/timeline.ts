/**
 * Orders events by when they happened: the event's TimeML value when it names a calendar date, else the
 * article's publication date (marked as a fallback so the reader knows the event was not dated in the text).
 */

/** A TimeML value that starts with a concrete year (`2025`, `2025-08`, `2025-08-15T11:30-08:00`). */
const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?/;

export interface TimelineInput {
  time?: string;
  published?: string;
}

export interface TimelineKey {
  /** Sortable date prefix (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `undated`. */
  date: string;
  fallback: boolean;
}

export function timelineKey(item: TimelineInput): TimelineKey {
  const own = item.time?.match(CALENDAR_VALUE)?.[0];
  if (own) return { date: own, fallback: false };
  const published = item.published?.match(CALENDAR_VALUE)?.[0];
  if (published) return { date: published, fallback: true };
  return { date: 'undated', fallback: true };
}

/** Stable sort by date; `undated` last. */
export function sortByTime<T extends TimelineInput>(items: readonly T[]): { item: T; key: TimelineKey }[] {
  return items
    .map((item, index) => ({ item, key: timelineKey(item), index }))
    .sort((a, b) => {
      if (a.key.date === b.key.date) return a.index - b.index;
      if (a.key.date === 'undated') return 1;
      if (b.key.date === 'undated') return -1;
      return a.key.date < b.key.date ? -1 : 1;
    })
    .map(({ item, key }) => ({ item, key }));
}
