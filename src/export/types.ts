import type { Doc } from '../doc/types.js';

/** The export formats `newsgraph export --format` offers. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A stored article and when it was stored (GDELT's DATEADDED). */
export interface StoredDoc {
  doc: Doc;
  /** ISO 8601, UTC: when the store took the article in. */
  storedAt: string;
  /** The corpus event each event is filed under, by event index (from the corpus layer), when known. */
  eventCounts?: ReadonlyMap<number, EventCounts>;
}

/** How widely a real event is reported across the store (GDELT's NumMentions, NumSources, NumArticles). */
export interface EventCounts {
  /** Reports of it: article events, an article possibly reporting it twice. */
  mentions: number;
  /** Independent sources: distinct outlets, a near-duplicate counting as its original's. */
  sources: number;
  articles: number;
}

/**
 * Writes one format as a stream: `begin` once, `write` per article (empty when it adds nothing), `end` once.
 * Stateful, so a format with separators (GeoJSON's commas) knows whether anything came before.
 */
export interface Exporter {
  begin(): string;
  write(item: StoredDoc): string;
  end(): string;
}
