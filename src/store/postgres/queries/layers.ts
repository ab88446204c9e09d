import type { TextSpan } from '../../../doc/types.js';
import { withoutNulls } from '../../sqlite/queries/sql.js';
import type { FindingListing, Paged, QuoteListing, StoryListing } from '../../queries.js';
import { rows, value, Where, type Db } from '../sql.js';
import { NEWEST_FIRST } from './dates.js';

type PageBounds = { limit: number; offset: number };

/** Rows of `select` and the count of all rows `from … where` has: one page of a listing. */
async function paged<R extends object>(
  db: Db,
  select: string,
  from: string,
  where: Where,
  order: string,
  page: PageBounds,
): Promise<{ rows: R[]; total: number }> {
  const filterValues = [...where.params.values];
  const found = await rows<R & Record<string, unknown>>(
    db,
    `SELECT ${select} ${from} ${where.sql}
      ORDER BY ${order} LIMIT ${where.params.add(page.limit)} OFFSET ${where.params.add(page.offset)}`,
    where.params.values,
  );
  const total = (await value<number>(db, `SELECT count(*) ${from} ${where.sql}`, filterValues)) ?? 0;
  return { rows: found, total };
}

interface QuoteRow extends TextSpan {
  articleId: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
}

/** Speech quotations (scare quotes left out), newest article first, in text order. */
export async function queryQuotesPg(
  db: Db,
  filter: { speaker?: string },
  page: PageBounds,
): Promise<Paged<QuoteListing>> {
  const where = new Where(undefined, ['NOT q.scare']).when(
    filter.speaker,
    (p) => `lower(sp.name) = lower(${p})`,
  );
  const { rows: found, total } = await paged<QuoteRow>(
    db,
    'q.article_id AS "articleId", q.start, q."end", q.text, q.kind, sp.name AS speaker',
    `FROM quotes q JOIN articles a ON a.id = q.article_id
       LEFT JOIN entities sp ON sp.article_id = q.article_id AND sp.entity_id = q.speaker`,
    where,
    `${NEWEST_FIRST}, q.idx`,
    page,
  );
  return { items: found.map((r) => withoutNulls(r)), total };
}

export async function queryFindingsPg(
  db: Db,
  filter: { kind?: string },
  page: PageBounds,
): Promise<Paged<FindingListing>> {
  const where = new Where().when(filter.kind, (p) => `f.kind = ${p}`);
  const { rows: items, total } = await paged<FindingListing>(
    db,
    'f.article_id AS "articleId", f.kind, f.message, f.spans',
    'FROM findings f JOIN articles a ON a.id = f.article_id',
    where,
    `${NEWEST_FIRST}, f.idx`,
    page,
  );
  return { items, total };
}

interface StoryRow {
  id: string;
  title: string;
  articles: string[];
  from: string | null;
  to: string | null;
}

/** Stories as the corpus layer stored them, latest first; member ids in id order (as SQLite lists them). */
export async function queryStoriesPg(db: Db, page: PageBounds): Promise<Paged<StoryListing>> {
  const { rows: found, total } = await paged<StoryRow>(
    db,
    `s.id, s.title, s.from_date AS "from", s.to_date AS "to",
     coalesce((SELECT json_agg(sa.article_id ORDER BY sa.article_id COLLATE "C") FROM story_articles sa
                WHERE sa.story_id = s.id), '[]') AS articles`,
    'FROM stories s',
    new Where(),
    's.to_date IS NULL, s.to_date DESC, s.id',
    page,
  );
  return { items: found.map((r) => withoutNulls(r)), total };
}
