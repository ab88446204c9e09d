import { sql } from 'kysely';
import type { ArticleScope } from '../../queries.js';
import { Where, type Sql } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { dateRange } from './articles.js';

/**
 * The filters every listing shares, on its article `a`: site, story and a date range (on `at`, the
 * article's publication unless the listing has a better instant, as events do).
 */
export function articleScope(where: Where, scope: ArticleScope, dialect: SqlDialect, at?: Sql): Where {
  where
    .when(scope.site, (site) => dialect.sameText(sql`a.site`, site))
    .when(
      scope.story,
      (story) => sql`a.id IN (SELECT sa.article_id FROM story_articles sa WHERE sa.story_id = ${story})`,
    );
  return dateRange(where, scope, at ?? dialect.published, dialect);
}

/** Articles `a` with a row of `table` (entities, places) of this name, ignoring case. */
export const naming = (dialect: SqlDialect, table: 'entities' | 'places', name: string): Sql =>
  sql`a.id IN (SELECT article_id FROM ${sql.raw(table)} WHERE ${dialect.sameText(sql`name`, name)})`;

/** The article's title and where it came from (its URL, else the ingested file's path), for naming it. */
export const ARTICLE_NAMED = sql`a.title AS "articleTitle", coalesce(a.uri, a.origin) AS "articleSource"`;
