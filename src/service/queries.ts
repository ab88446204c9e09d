import { NewsgraphError } from '../errors.js';
import { resolvePage } from '../store/page.js';
import {
  listings,
  type EntityDetail,
  type Listing,
  type Page,
  type Paged,
  type Store,
  type StoryListing,
} from '../store/index.js';

/** One page of a listing, saying which page it is: what the HTTP API returns for every list. */
export interface ListPage<T> extends Paged<T> {
  limit: number;
  offset: number;
}

/** One page of a store listing (`listings.events`…), labelled with the page it asked for (defaults filled in). */
export async function listPage<F extends object, R>(
  store: Store,
  listing: Listing<F, R>,
  filter: F,
  page: Page = {},
): Promise<ListPage<R>> {
  const bounds = resolvePage(page);
  const { items, total } = await store.query(listing, filter, bounds);
  return { items, total, ...bounds };
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

/** One story by id; NOT_FOUND names it when the store has no such story. */
export async function getStory(store: Store, id: string): Promise<StoryListing> {
  const story = (await store.query(listings.stories, { id }, { limit: 1 })).items[0];
  if (!story) throw new NewsgraphError('NOT_FOUND', id, 'no stored story has this id');
  return story;
}
