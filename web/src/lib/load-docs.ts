/** The Docs a one-article view (its map, its network) draws from; the corpus views ask the API. */
import { api, type Doc } from '../api.js';

export const CORPUS_VIEW_ARTICLES = 20;

export async function loadDocs(articleId: string | undefined): Promise<Doc[]> {
  if (articleId) return [await api.article(articleId)];
  const page = await api.articles({ limit: CORPUS_VIEW_ARTICLES });
  return Promise.all(page.items.map((a) => api.article(a.id)));
}
