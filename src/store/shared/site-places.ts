import { sql } from 'kysely';
import { publicationKey } from '../../doc/publication.js';
import type { PlaceFacts, SiteArticle } from '../../geo/home-region.js';

/** The most recent articles the home-region learner reads: enough for every active site, bounded for big stores. */
export const SITE_PLACES_WINDOW = 20_000;

/** The columns both engines select for `Store.sitePlaces`, one row per place, an article's rows together. */
export interface SitePlaceRow {
  articleId: string;
  site: string | null;
  uri: string | null;
  country: string | null;
  admin1: string | null;
  featureClass: string | null;
  confidence: number | null;
}

/** Groups place rows into one `SiteArticle` per article, keyed by publication (site name, else URL host). */
export function siteArticles(rows: Iterable<SitePlaceRow>): SiteArticle[] {
  const out: SiteArticle[] = [];
  let articleId: string | undefined;
  let places: PlaceFacts[] = [];
  for (const r of rows) {
    if (r.articleId !== articleId) {
      articleId = r.articleId;
      places = [];
      const site = publicationKey(r.site, r.uri);
      out.push({ ...(site ? { site } : {}), places });
    }
    places.push({
      ...(r.country ? { country: r.country } : {}),
      ...(r.admin1 ? { admin1: r.admin1 } : {}),
      ...(r.featureClass ? { featureClass: r.featureClass } : {}),
      confidence: r.confidence ?? 0,
    });
  }
  return out;
}

/**
 * The query both engines run: the places of the most recent
 * articles that name a site or a URL, an article's places together. Articles with no places say nothing.
 */
export const sitePlacesSql = (window: number) => sql`
  SELECT p.article_id AS "articleId", a.site, a.uri, p.country, p.admin1,
         p.feature_class AS "featureClass", p.confidence
    FROM (SELECT id, seq, site, uri FROM articles
           WHERE site IS NOT NULL OR uri IS NOT NULL
           ORDER BY seq DESC LIMIT ${window}) a
    JOIN places p ON p.article_id = a.id
   ORDER BY a.seq, p.idx`;
