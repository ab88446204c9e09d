import { sql } from 'kysely';
import { dateBounds } from '../../shared/instant.js';
import { articleListing, LEAD_CHARS, type ArticleRow } from '../../shared/listing.js';
import type { ArticleFilter, ArticleListing, DateRange, Paged } from '../../queries.js';
import { count, NEWEST_FIRST, rows, Where, type Db, type Sql } from '../db.js';
import type { SearchMode, SqlDialect } from '../dialect.js';
import { checkSearchText } from '../search-text.js';
import { articleScope } from './scope.js';

const COUNTS = sql`
  (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities,
  (SELECT count(*) FROM quotes x WHERE x.article_id = a.id AND NOT x.scare) AS quotes,
  (SELECT count(*) FROM places x WHERE x.article_id = a.id) AS places,
  (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events,
  (SELECT count(*) FROM findings x WHERE x.article_id = a.id) AS findings`;

/** `from`/`to` bounds on the instant `at`: a bare `to` date includes that whole day (`shared/instant.ts`). */
export function dateRange(where: Where, range: DateRange, at: Sql, dialect: SqlDialect): Where {
  const { from, to } = dateBounds(range);
  if (from !== undefined) where.and(sql`${at} >= ${dialect.instant(from)}`);
  if (to !== undefined) where.and(sql`${at} ${sql.raw(to.inclusive ? '<=' : '<')} ${dialect.instant(to.at)}`);
  return where;
}

/** Articles matching every filter; with `q`, best match first and a snippet around the match. */
export async function queryArticles(
  db: Db,
  dialect: SqlDialect,
  filter: ArticleFilter,
  page: { limit: number; offset: number },
): Promise<Paged<ArticleListing>> {
  const where = new Where()
    .when(
      filter.entity,
      (name) => sql`a.id IN (SELECT article_id FROM entities WHERE ${dialect.sameText(sql`name`, name)})`,
    )
    .when(
      filter.place,
      (name) => sql`a.id IN (SELECT article_id FROM places WHERE ${dialect.sameText(sql`name`, name)})`,
    );
  articleScope(where, filter, dialect);
  const q = filter.q?.trim();
  if (!q) return listed(db, where, page);
  checkSearchText(q, 'q');
  return dialect.search(db, q, 'auto', ['[', ']'], (mode) => searched(db, where, page, mode));
}

async function listed(
  db: Db,
  where: Where,
  page: { limit: number; offset: number },
): Promise<Paged<ArticleListing>> {
  const found = await rows<ArticleRow>(
    db,
    sql`SELECT a.id, a.title, coalesce(a.uri, a.origin) AS source, a.site, a.published, substr(a.text, 1, ${sql.lit(LEAD_CHARS)}) AS snippet, ${COUNTS}
          FROM articles a ${where.sql} ORDER BY ${NEWEST_FIRST} LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const total = await count(db, sql`SELECT count(*) FROM articles a ${where.sql}`);
  return { items: found.map((row) => articleListing(row, true)), total };
}

async function searched(
  db: Db,
  filters: Where,
  page: { limit: number; offset: number },
  mode: SearchMode,
): Promise<Paged<ArticleListing>> {
  const where = filters.plus(mode.match);
  const found = await rows<ArticleRow>(
    db,
    sql`SELECT a.id, a.title, coalesce(a.uri, a.origin) AS source, a.site, a.published, ${mode.snippet} AS snippet, ${COUNTS}
          FROM ${mode.from} ${where.sql} ORDER BY ${mode.order} LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const total = await count(db, sql`SELECT count(*) FROM ${mode.from} ${where.sql}`);
  return { items: found.map((row) => articleListing(row, false)), total };
}
