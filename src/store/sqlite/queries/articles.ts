import type { ArticleFilter, ArticleListing, Paged } from '../../queries.js';
import { checkSearchText, isFtsSyntaxError, literalQuery } from '../fts-query.js';
import { articleListing, LEAD_CHARS, type ArticleRow as Row } from '../../shared/listing.js';
import { dateRange, NEWEST_FIRST, Where } from './sql.js';
import type { Prepare } from './prepare.js';

const COUNTS = `
  (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities,
  (SELECT count(*) FROM quotes x WHERE x.article_id = a.id AND x.scare = 0) AS quotes,
  (SELECT count(*) FROM places x WHERE x.article_id = a.id) AS places,
  (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events,
  (SELECT count(*) FROM findings x WHERE x.article_id = a.id) AS findings`;

/** Articles matching every filter; with `q`, best match first and a snippet around the match. */
export function queryArticles(
  prepare: Prepare,
  filter: ArticleFilter,
  page: { limit: number; offset: number },
): Paged<ArticleListing> {
  const where = new Where()
    .when(filter.site, 'site', 'a.site = @site COLLATE NOCASE')
    .when(
      filter.entity,
      'entity',
      'a.id IN (SELECT article_id FROM entities WHERE name = @entity COLLATE NOCASE)',
    )
    .when(
      filter.place,
      'place',
      'a.id IN (SELECT article_id FROM places WHERE name = @place COLLATE NOCASE)',
    );
  dateRange(where, filter, 'julianday(a.published)');
  const q = filter.q?.trim();
  if (!q) return run(prepare, where, page, LISTED);
  checkSearchText(q, 'q');
  const searched = (match: string) =>
    run(prepare, where.plus('articles_fts MATCH @match', { match }), page, SEARCHED);
  try {
    return searched(q);
  } catch (error) {
    // Ordinary text ("Putin's", "Trump-Putin") is not valid FTS5: search its words literally instead.
    if (!isFtsSyntaxError(error)) throw error;
    return searched(literalQuery(q));
  }
}

/** How rows are selected and ordered: newest first with the text's start, or best match with a snippet. */
interface Mode {
  from: string;
  snippet: string;
  order: string;
  lead: boolean;
}

const LISTED: Mode = {
  from: 'articles a',
  snippet: `substr(a.text, 1, ${LEAD_CHARS})`,
  order: NEWEST_FIRST,
  lead: true,
};

const SEARCHED: Mode = {
  from: 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid',
  snippet: `snippet(articles_fts, -1, '[', ']', '…', 16)`,
  order: 'rank, a.seq',
  lead: false,
};

function run(
  prepare: Prepare,
  where: Where,
  page: { limit: number; offset: number },
  mode: Mode,
): Paged<ArticleListing> {
  const rows = prepare(
    `SELECT a.id, a.title, a.site, a.published, ${mode.snippet} AS snippet, ${COUNTS}
       FROM ${mode.from} ${where.sql} ORDER BY ${mode.order} LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, ...page }) as Row[];
  const total = prepare(`SELECT count(*) FROM ${mode.from} ${where.sql}`).pluck().get(where.params) as number;
  return { items: rows.map((row) => articleListing(row, mode.lead)), total };
}
