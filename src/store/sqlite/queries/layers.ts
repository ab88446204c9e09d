import type { TextSpan } from '../../../doc/types.js';
import type { FindingListing, Paged, QuoteListing, StoryListing } from '../../queries.js';
import type { Prepare } from './prepare.js';
import { NEWEST_FIRST, Where, withoutNulls } from './sql.js';

type PageBounds = { limit: number; offset: number };

/** Rows of `select` and the count of all rows `from … where` has: one page of a listing. */
function paged<R>(
  prepare: Prepare,
  select: string,
  from: string,
  where: Where,
  order: string,
  page: PageBounds,
) {
  const rows = prepare(
    `SELECT ${select} ${from} ${where.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
  ).all({
    ...where.params,
    ...page,
  }) as R[];
  const total = prepare(`SELECT count(*) ${from} ${where.sql}`).pluck().get(where.params) as number;
  return { rows, total };
}

interface QuoteRow extends TextSpan {
  articleId: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
}

/** Speech quotations (scare quotes left out), newest article first, in text order. */
export function queryQuotes(
  prepare: Prepare,
  filter: { speaker?: string },
  page: PageBounds,
): Paged<QuoteListing> {
  const where = new Where(['q.scare = 0']).when(
    filter.speaker,
    'speaker',
    'sp.name = @speaker COLLATE NOCASE',
  );
  const { rows, total } = paged<QuoteRow>(
    prepare,
    'q.article_id AS articleId, q.start, q."end", q.text, q.kind, sp.name AS speaker',
    `FROM quotes q JOIN articles a ON a.id = q.article_id
       LEFT JOIN entities sp ON sp.article_id = q.article_id AND sp.entity_id = q.speaker`,
    where,
    `${NEWEST_FIRST}, q.idx`,
    page,
  );
  return { items: rows.map((row) => withoutNulls(row)), total };
}

interface FindingRow {
  articleId: string;
  kind: string;
  message: string;
  spans: string;
}

export function queryFindings(
  prepare: Prepare,
  filter: { kind?: string },
  page: PageBounds,
): Paged<FindingListing> {
  const where = new Where().when(filter.kind, 'kind', 'f.kind = @kind');
  const { rows, total } = paged<FindingRow>(
    prepare,
    'f.article_id AS articleId, f.kind, f.message, f.spans',
    'FROM findings f JOIN articles a ON a.id = f.article_id',
    where,
    `${NEWEST_FIRST}, f.idx`,
    page,
  );
  return { items: rows.map((row) => ({ ...row, spans: JSON.parse(row.spans) as TextSpan[] })), total };
}

interface StoryRow {
  id: string;
  title: string;
  articles: string;
  from: string | null;
  to: string | null;
}

/** Stories as the corpus layer stored them, latest first. */
export function queryStories(prepare: Prepare, page: PageBounds): Paged<StoryListing> {
  const { rows, total } = paged<StoryRow>(
    prepare,
    `s.id, s.title, s.from_date AS "from", s.to_date AS "to",
     (SELECT json_group_array(sa.article_id) FROM story_articles sa WHERE sa.story_id = s.id) AS articles`,
    'FROM stories s',
    new Where(),
    's.to_date IS NULL, s.to_date DESC, s.id',
    page,
  );
  return {
    items: rows.map((row) => withoutNulls({ ...row, articles: JSON.parse(row.articles) as string[] })),
    total,
  };
}
