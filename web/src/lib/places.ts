/** Places across Docs, one per resolved name and position, with how often and where they were named. */
import type { Doc } from '../../../src/doc/types.js';

export interface PlaceGroup {
  key: string;
  name: string;
  country?: string;
  lat: number;
  lon: number;
  mentions: number;
  articles: Set<string>;
  /** First mention's span in the first article, to link to. */
  start: number;
  end: number;
}

export function groupPlaces(docs: readonly Doc[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const doc of docs) {
    for (const place of doc.places) {
      const key = `${place.name}@${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
      const group = groups.get(key) ?? {
        key,
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        mentions: 0,
        articles: new Set<string>(),
        start: place.start,
        end: place.end,
        ...(place.country ? { country: place.country } : {}),
      };
      group.mentions++;
      group.articles.add(doc.id);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
