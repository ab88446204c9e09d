import type { Doc } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
import type { SearchHit, SearchOptions, Store } from '../store/index.js';

/** Articles matching `query`, best first. */
export function searchArticles(
  store: Store,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  return store.search(query, options);
}

/** The stored Doc with this id; NOT_FOUND names the id when there is none. */
export async function getArticle(store: Store, id: string): Promise<Doc> {
  const doc = await store.get(id.trim());
  if (!doc) throw new NewsgraphError('NOT_FOUND', id, 'no stored article has this id');
  return doc;
}
