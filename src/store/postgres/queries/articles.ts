import { articleListing, LEAD_CHARS, type ArticleRow as Row } from '../../shared/listing.js';
import type { ArticleFilter, ArticleListing, Paged } from '../../queries.js';
import { headlineOptions, snippetSql, tsQuery } from '../search.js';
import { rows, value, Where, type Db } from '../sql.js';
import { dateRangePg, NEWEST_FIRST } from './dates.js';

const COUNTS = `
  (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities,
  (SELECT count(*) FROM quotes x WHERE x.article_id = a.id AND NOT x.scare) AS quotes,
  (SELECT count(*) FROM places x WHERE x.article_id = a.id) AS places,
  (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events,
  (SELECT count(*) FROM findings x WHERE x.article_id = a.id) AS findings`;

/** Articles matching every filter; with `q`, best match first and a snippet (as `sqlite/queries/articles.ts`). */
export async function queryArticlesPg(
  db: Db,
  filter: ArticleFilter,
  page: { limit: number; offset: number },
): Promise<Paged<ArticleListing>> {
  const where = new Where()
    .when(filter.site, (p) => `lower(a.site) = lower(${p})`)
    .when(filter.entity, (p) => `a.id IN (SELECT article_id FROM entities WHERE lower(name) = lower(${p}))`)
    .when(filter.place, (p) => `a.id IN (SELECT article_id FROM places WHERE lower(name) = lower(${p}))`);
  dateRangePg(where, filter, 'a.published_at');
  const q = filter.q?.trim();
  const from = q ? `articles a, (SELECT ${tsQuery(q, 'auto', where.params)} AS q) tq` : 'articles a';
  if (q) where.and('a.search @@ tq.q');
  // The count uses the filter's parameters only: those added so far.
  const filterValues = [...where.params.values];
  const snippet = q
    ? snippetSql('tq.q', where.params.add(headlineOptions('[', ']')), [
        where.params.add('['),
        where.params.add(']'),
      ])
    : `left(a.text, ${LEAD_CHARS})`;
  const order = q ? 'ts_rank_cd(a.search, tq.q) DESC, a.seq' : NEWEST_FIRST;
  const found = await rows<Row>(
    db,
    `SELECT a.id, a.title, a.site, a.published, ${snippet} AS snippet, ${COUNTS}
       FROM ${from} ${where.sql}
      ORDER BY ${order} LIMIT ${where.params.add(page.limit)} OFFSET ${where.params.add(page.offset)}`,
    where.params.values,
  );
  const total = await value<number>(db, `SELECT count(*) FROM ${from} ${where.sql}`, filterValues);
  return { items: found.map((r) => articleListing(r, !q)), total: total ?? 0 };
}
