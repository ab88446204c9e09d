import { sql } from 'kysely';
import { dateBounds } from '../../shared/instant.js';
import type { ArticleFilter, ArticleListing, DateRange, LayerCounts, Paged } from '../../queries.js';
import type { Bounds } from '../../page.js';
import { NEWEST_FIRST, paged, Where, withoutNulls, type Db, type RowOf, type Sql } from '../db.js';
import type { SearchMode, SqlDialect } from '../dialect.js';
import { checkSearchText } from '../search-text.js';
import { articleScope, naming } from './scope.js';

/** Characters of text shown for an article listed without a search query. */
const LEAD_CHARS = 240;

/** The start of an article (its first `LEAD_CHARS`) cut at a word boundary, with an ellipsis when there is more. */
function lead(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (text.length < LEAD_CHARS) return flat;
  const cut = flat.lastIndexOf(' ');
  return `${cut > LEAD_CHARS / 2 ? flat.slice(0, cut) : flat}…`;
}

type ArticleRow = RowOf<Omit<ArticleListing, 'counts'>> & LayerCounts;

/** A listed article; `leadText`: the snippet is the text's start (no query), to be cut at a word. */
function articleListing(row: ArticleRow, leadText: boolean): ArticleListing {
  const { id, title, source, site, published, snippet, entities, quotes, places, events, findings } = row;
  return {
    id,
    ...withoutNulls({ title, source, site, published }),
    ...(snippet ? { snippet: leadText ? lead(snippet) : snippet } : {}),
    counts: { entities, quotes, places, events, findings },
  };
}

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
  page: Bounds,
): Promise<Paged<ArticleListing>> {
  const where = new Where()
    .when(filter.entity, (name) => naming(dialect, 'entities', name))
    .when(filter.place, (name) => naming(dialect, 'places', name));
  articleScope(where, filter, dialect);
  const q = filter.q?.trim();
  const lead = sql`substr(a.text, 1, ${sql.lit(LEAD_CHARS)})`;
  if (!q) return listed(db, where, page, { from: sql`articles a`, snippet: lead, order: NEWEST_FIRST }, true);
  checkSearchText(q, 'q');
  return dialect.search(db, q, 'auto', ['[', ']'], (mode) =>
    listed(db, where.plus(mode.match), page, mode, false),
  );
}

/** A page of articles with their layer counts; `lead`: the snippet is the start of the text. */
async function listed(
  db: Db,
  where: Where,
  page: Bounds,
  mode: Pick<SearchMode, 'from' | 'snippet' | 'order'>,
  lead: boolean,
): Promise<Paged<ArticleListing>> {
  const { rows: found, total } = await paged<ArticleRow>(
    db,
    sql`a.id, a.title, coalesce(a.uri, a.origin) AS source, a.site, a.published, ${mode.snippet} AS snippet, ${COUNTS}`,
    sql`FROM ${mode.from}`,
    where.sql,
    mode.order,
    page,
  );
  return { items: found.map((row) => articleListing(row, lead)), total };
}
