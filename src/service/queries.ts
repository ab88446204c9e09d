import { NewsgraphError } from '../errors.js';
import { resolvePage } from '../store/page.js';
import type {
  ArticleFilter,
  ArticleListing,
  EntityDetail,
  EntityFilter,
  EntitySummary,
  EventFilter,
  EventListing,
  FindingFilter,
  FindingListing,
  Page,
  Paged,
  QuoteFilter,
  QuoteListing,
  PlaceListing,
  CorpusViewFilter,
  Store,
  StoryFilter,
  StoryListing,
} from '../store/index.js';

/** One page of a listing, saying which page it is: what the HTTP API returns for every list. */
export interface ListPage<T> extends Paged<T> {
  limit: number;
  offset: number;
}

/** Runs a paged store query and labels the result with the page it asked for (defaults filled in). */
async function pageOf<T>(page: Page, query: (page: Page) => Promise<Paged<T>>): Promise<ListPage<T>> {
  const bounds = resolvePage(page);
  const { items, total } = await query(bounds);
  return { items, total, ...bounds };
}

export function listArticles(
  store: Store,
  filter: ArticleFilter = {},
  page: Page = {},
): Promise<ListPage<ArticleListing>> {
  return pageOf(page, (p) => store.queryArticles(filter, p));
}

export function listEntities(
  store: Store,
  filter: EntityFilter = {},
  page: Page = {},
): Promise<ListPage<EntitySummary>> {
  return pageOf(page, (p) => store.queryEntities(filter, p));
}

/** One entity by canonical name; NOT_FOUND names it when no stored article does. */
export async function getEntityByName(
  store: Store,
  name: string,
  options: { mentionLimit?: number } = {},
): Promise<EntityDetail> {
  const entity = await store.getEntity(name, options);
  if (!entity) throw new NewsgraphError('NOT_FOUND', name, 'no stored article names an entity so');
  return entity;
}

export function listEvents(
  store: Store,
  filter: EventFilter = {},
  page: Page = {},
): Promise<ListPage<EventListing>> {
  return pageOf(page, (p) => store.queryEvents(filter, p));
}

export function listQuotes(
  store: Store,
  filter: QuoteFilter = {},
  page: Page = {},
): Promise<ListPage<QuoteListing>> {
  return pageOf(page, (p) => store.queryQuotes(filter, p));
}

export function listFindings(
  store: Store,
  filter: FindingFilter = {},
  page: Page = {},
): Promise<ListPage<FindingListing>> {
  return pageOf(page, (p) => store.queryFindings(filter, p));
}

export function listStories(
  store: Store,
  filter: StoryFilter = {},
  page: Page = {},
): Promise<ListPage<StoryListing>> {
  return pageOf(page, (p) => store.queryStories(filter, p));
}

/** One story by id; NOT_FOUND names it when the store has no such story. */
export async function getStory(store: Store, id: string): Promise<StoryListing> {
  const story = (await store.queryStories({ id }, { limit: 1 })).items[0];
  if (!story) throw new NewsgraphError('NOT_FOUND', id, 'no stored story has this id');
  return story;
}

export function listPlaces(
  store: Store,
  filter: CorpusViewFilter = {},
  page: Page = {},
): Promise<ListPage<PlaceListing>> {
  return pageOf(page, (p) => store.queryPlaces(filter, p));
}
