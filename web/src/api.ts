/** The dashboard's client for the HTTP API (the contract shared with `src/server/`). */
import type { Doc, QuoteKind, TextSpan, FindingKind, EntityLabel } from '../../src/doc/types.js';
import type { CorpusNetwork, PlaceListing } from '../../src/store/queries.js';

export type { Doc };

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The article a layer item is from: its title and source (URL, else the ingested file's path). */
export interface ArticleNamed {
  articleTitle?: string;
  articleSource?: string;
}

export interface ArticleReference {
  id: string;
  title?: string;
  source?: string;
  published?: string;
}

export interface ArticleSummary {
  id: string;
  title?: string;
  source?: string;
  site?: string;
  published?: string;
  snippet?: string;
  counts: { entities: number; quotes: number; places: number; events: number; findings: number };
}

export interface EntitySummary {
  name: string;
  type: EntityLabel;
  articles: number;
  mentions: number;
}

export interface CoEntity {
  name: string;
  type: EntityLabel;
  articles: number;
}

export interface EntityDetail {
  name: string;
  type: EntityLabel;
  articles: ArticleReference[];
  mentions: { articleId: string; start: number; end: number; text: string; sentence: string }[];
  mentionsTotal: number;
  aliases: string[];
  roles: string[];
  kb?: { id: string; name: string; codes: string[] };
  coOccurring: CoEntity[];
}

/** A place name across the articles in view (the corpus map): the store's type, as the API sends it. */
export type PlaceItem = PlaceListing;
export type { CorpusNetwork };

export interface EventItem extends ArticleNamed {
  articleId: string;
  start: number;
  end: number;
  type: string;
  cameo: string;
  source?: string;
  target?: string;
  text: string;
  cue: string | TextSpan;
  /** TimeML value of the event's time expression. */
  time?: string;
  /** The article's publication date (the server may add it; the timeline falls back to it). */
  published?: string;
  place?: string;
  lat?: number;
  lon?: number;
  negated: boolean;
  hypothetical: boolean;
}

export interface QuoteItem extends ArticleNamed {
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker?: string;
}

export interface FindingItem extends ArticleNamed {
  articleId: string;
  kind: FindingKind;
  message: string;
  spans: TextSpan[];
}

export interface StoryItem {
  id: string;
  title: string;
  articles: string[];
  members: ArticleReference[];
  from?: string;
  to?: string;
}

export interface CorrectionReport {
  articleId: string;
  kind: string;
  start: number;
  end: number;
  label?: string;
  note: string;
}

export interface Correction extends CorrectionReport {
  id: number;
  text: string;
  createdAt: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined>;

function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** GETs JSON from the API; errors come back as `{error: {code, message}}` and are thrown as ApiError. */
export async function getJson<T>(path: string, params?: Params): Promise<T> {
  const response = await fetch(withQuery(path, params), { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP', error?.message ?? response.statusText);
  }
  return body as T;
}

/** POSTs JSON; errors are thrown as ApiError like getJson's. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (answer as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP', error?.message ?? response.statusText);
  }
  return answer as T;
}

export const api = {
  articles: (params: Params = {}) => getJson<Page<ArticleSummary>>('api/articles', params),
  article: (id: string) => getJson<Doc>(`api/articles/${encodeURIComponent(id)}`),
  entities: (params: Params = {}) => getJson<Page<EntitySummary>>('api/entities', params),
  entity: (name: string) => getJson<EntityDetail>(`api/entities/${encodeURIComponent(name)}`),
  events: (params: Params = {}) => getJson<Page<EventItem>>('api/event-mentions', params),
  quotes: (params: Params = {}) => getJson<Page<QuoteItem>>('api/quotes', params),
  findings: (params: Params = {}) => getJson<Page<FindingItem>>('api/findings', params),
  stories: (params: Params = {}) => getJson<Page<StoryItem>>('api/stories', params),
  story: (id: string) => getJson<StoryItem>(`api/stories/${encodeURIComponent(id)}`),
  places: (params: Params = {}) => getJson<Page<PlaceItem>>('api/places', params),
  network: (params: Params = {}) => getJson<CorpusNetwork>('api/network', params),
  report: (report: CorrectionReport) => postJson<Correction>('api/corrections', report),
};

/** The download link of a filtered list (or the network) in `format`: the same filters, every page. */
export function exportUrl(list: string, params: Params, format: string): string {
  const { offset: _offset, limit: _limit, ...filters } = params;
  return withQuery(`api/export/${list}`, { ...filters, format });
}
