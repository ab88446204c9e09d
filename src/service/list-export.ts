import { csvField } from '../export/csv.js';
import {
  listings,
  MAX_LIMIT,
  type ArticleFilter,
  type ArticleListing,
  type EventFilter,
  type EventListing,
  type Page,
  type Paged,
  type PlaceListing,
  type QuoteFilter,
  type QuoteListing,
  type CorpusViewFilter,
  type Store,
} from '../store/index.js';

/**
 * Exports of a filtered list (what the dashboard shows): every row the same filters match, read a page at a
 * time and written as it is read, so memory holds one page whatever the total.
 */
export type ListExportFormat = 'csv' | 'json' | 'geojson';

type Value = string | number | boolean | undefined;

interface ListKind<T> {
  rows: (page: Page) => Promise<Paged<T>>;
  columns: readonly (readonly [string, (row: T) => Value])[];
  /** Its point, for GeoJSON; a row without one is a feature with a null geometry (RFC 7946 §3.2). */
  point?: (row: T) => [lon: number, lat: number] | undefined;
}

const ARTICLE_NAMED = [
  ['article_id', (r: { articleId: string }) => r.articleId],
  ['article_title', (r: { articleTitle?: string }) => r.articleTitle],
  ['article_source', (r: { articleSource?: string }) => r.articleSource],
] as const;

const at = (lon: number | undefined, lat: number | undefined): [number, number] | undefined =>
  lon === undefined || lat === undefined ? undefined : [lon, lat];

export const eventsExport = (store: Store, filter: EventFilter): ListKind<EventListing> => ({
  rows: (page) => store.query(listings.events, filter, page),
  columns: [
    ...ARTICLE_NAMED,
    ['published', (r) => r.published],
    ['type', (r) => r.type],
    ['mode', (r) => r.mode],
    ['cameo', (r) => r.cameo],
    ['source', (r) => r.source],
    ['target', (r) => r.target],
    ['time', (r) => r.time],
    ['place', (r) => r.place],
    ['lat', (r) => r.lat],
    ['lon', (r) => r.lon],
    ['negated', (r) => r.negated],
    ['hypothetical', (r) => r.hypothetical],
    ['cue', (r) => r.cue],
    ['start', (r) => r.start],
    ['end', (r) => r.end],
    ['text', (r) => r.text],
  ],
  point: (r) => at(r.lon, r.lat),
});

export const articlesExport = (store: Store, filter: ArticleFilter): ListKind<ArticleListing> => ({
  rows: (page) => store.query(listings.articles, filter, page),
  columns: [
    ['id', (r) => r.id],
    ['title', (r) => r.title],
    ['source', (r) => r.source],
    ['site', (r) => r.site],
    ['published', (r) => r.published],
    ['entities', (r) => r.counts.entities],
    ['quotes', (r) => r.counts.quotes],
    ['places', (r) => r.counts.places],
    ['events', (r) => r.counts.events],
    ['findings', (r) => r.counts.findings],
  ],
});

export const quotesExport = (store: Store, filter: QuoteFilter): ListKind<QuoteListing> => ({
  rows: (page) => store.query(listings.quotes, filter, page),
  columns: [
    ...ARTICLE_NAMED,
    ['kind', (r) => r.kind],
    ['speaker', (r) => r.speaker],
    ['start', (r) => r.start],
    ['end', (r) => r.end],
    ['text', (r) => r.text],
  ],
});

export const placesExport = (store: Store, filter: CorpusViewFilter): ListKind<PlaceListing> => ({
  rows: (page) => store.query(listings.places, filter, page),
  columns: [
    ['name', (r) => r.name],
    ['country', (r) => r.country],
    ['lat', (r) => r.lat],
    ['lon', (r) => r.lon],
    ['mentions', (r) => r.mentions],
    ['articles', (r) => r.articles],
  ],
  point: (r) => [r.lon, r.lat],
});

/** Every row of `kind`, page by page. */
async function* allRows<T>(kind: ListKind<T>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const { items } = await kind.rows({ limit: MAX_LIMIT, offset });
    yield* items;
    if (items.length < MAX_LIMIT) return;
  }
}

/**
 * The rows as text chunks in `format`: CSV (RFC 4180, a header row), JSON (an array of the rows as the
 * list route gives them) or GeoJSON (a FeatureCollection, one feature per row, the row as its properties).
 */
export async function* exportList<T extends object>(
  kind: ListKind<T>,
  format: ListExportFormat,
): AsyncGenerator<string> {
  let n = 0;
  if (format === 'csv') yield `${kind.columns.map(([name]) => name).join(',')}\r\n`;
  else yield format === 'json' ? '[\n' : '{"type":"FeatureCollection","features":[\n';
  for await (const row of allRows(kind)) {
    const sep = n++ === 0 ? '' : ',\n';
    if (format === 'csv') yield `${kind.columns.map(([, value]) => csvField(value(row))).join(',')}\r\n`;
    else if (format === 'json') yield sep + JSON.stringify(row);
    else {
      const point = kind.point?.(row);
      const geometry = point ? { type: 'Point', coordinates: point } : null;
      yield sep + JSON.stringify({ type: 'Feature', geometry, properties: row });
    }
  }
  if (format === 'json') yield `${n > 0 ? '\n' : ''}]\n`;
  else if (format === 'geojson') yield `${n > 0 ? '\n' : ''}]}\n`;
}
