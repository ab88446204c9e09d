import type { Doc, SourceKind } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
import { READERS, type ReadInput } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { analyzeInput, type AnalyzeOptions } from './analyze.js';
import { parsePublished } from './published.js';
import { parseHomeRegion } from '../doc/home-region.js';

/** An article handed over as a string (an HTTP body), not read from a file. */
export interface ContentInput {
  text?: string;
  html?: string;
  /** Where the article is from: becomes the Doc's source URI (and so its id). Never fetched. */
  url?: string;
  /** ISO 8601 date or date-time with offset; wins over what extraction finds. */
  published?: string;
  /** Where the publication is based, as `parseHomeRegion` reads it (`US`, `US/Louisiana`, `US/LA`). */
  homeRegion?: string;
}

/** What `analyzeContent` names in its errors. */
export const CONTENT_NAME = 'request body';

/**
 * Analyses an article given as text or HTML (exactly one). A URL alone is refused: newsgraph never fetches
 * pages, so the caller sends the page's HTML with its URL.
 */
export async function analyzeContent(input: ContentInput, options: AnalyzeOptions = {}): Promise<Doc> {
  const given = (['text', 'html'] as const).filter((kind) => input[kind] !== undefined);
  if (given.length !== 1) {
    const hint = input.url
      ? 'newsgraph does not fetch URLs: send the page as html together with its url'
      : 'give exactly one of text or html';
    throw new NewsgraphError('BAD_ARGUMENT', CONTENT_NAME, hint);
  }
  const kind: SourceKind = given[0]!;
  const reader = READERS.find((r) => r.kind === kind)!;
  const content = input[kind] ?? '';
  const raw = reader.toInput({ name: CONTENT_NAME, content, encoding: 'utf-8', notes: [] });
  const readInput: ReadInput = {
    ...raw,
    ...(input.url ? { uri: input.url } : {}),
    path: CONTENT_NAME,
    encoding: 'utf-8',
    notes: [],
  };
  const published = input.published === undefined ? undefined : parsePublished(input.published, 'published');
  const homeRegion = input.homeRegion === undefined ? undefined : parseHomeRegion(input.homeRegion);
  if (homeRegion && 'error' in homeRegion)
    throw new NewsgraphError('BAD_ARGUMENT', 'homeRegion', homeRegion.error);
  return analyzeInput(readInput, {
    ...options,
    ...(published ? { published } : {}),
    ...(homeRegion ? { homeRegion } : {}),
  });
}

/** Analyses content and stores the Doc; `inserted` is false when an article with its id was already stored. */
export async function analyzeAndStore(
  store: Store,
  input: ContentInput,
  options: AnalyzeOptions = {},
): Promise<{ doc: Doc; inserted: boolean }> {
  const doc = await analyzeContent(input, options);
  const { inserted } = await store.put(doc, { origin: input.url ?? CONTENT_NAME });
  return { doc, inserted };
}
