import { sql } from 'kysely';
import type { TextSpan } from '../../../doc/types.js';
import type { FindingListing, Paged, QuoteListing, StoryListing } from '../../queries.js';
import { count, fromJson, NEWEST_FIRST, rows, Where, withoutNulls, type Db, type Sql } from '../db.js';
import type { SqlDialect } from '../dialect.js';

type PageBounds = { limit: number; offset: number };

/** Rows of `select` and the count of all rows `from … where` has: one page of a listing. */
async function paged<R>(db: Db, select: Sql, from: Sql, where: Where, order: Sql, page: PageBounds) {
  const found = await rows<R>(
    db,
    sql`SELECT ${select} ${from} ${where.sql} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  return { rows: found, total: await count(db, sql`SELECT count(*) ${from} ${where.sql}`) };
}

interface QuoteRow extends TextSpan {
  articleId: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
}

/** Speech quotations (scare quotes left out), newest article first, in text order. */
export async function queryQuotes(
  db: Db,
  dialect: SqlDialect,
  filter: { speaker?: string },
  page: PageBounds,
): Promise<Paged<QuoteListing>> {
  const where = new Where([sql`NOT q.scare`]).when(filter.speaker, (name) =>
    dialect.sameText(sql`sp.name`, name),
  );
  const { rows: found, total } = await paged<QuoteRow>(
    db,
    sql`q.article_id AS "articleId", q.start, q."end", q.text, q.kind, sp.name AS speaker`,
    sql`FROM quotes q JOIN articles a ON a.id = q.article_id
          LEFT JOIN entities sp ON sp.article_id = q.article_id AND sp.entity_id = q.speaker`,
    where,
    sql`${NEWEST_FIRST}, q.idx`,
    page,
  );
  return { items: found.map((row) => withoutNulls(row)), total };
}

interface FindingRow {
  articleId: string;
  kind: string;
  message: string;
  spans: unknown;
}

export async function queryFindings(
  db: Db,
  filter: { kind?: string },
  page: PageBounds,
): Promise<Paged<FindingListing>> {
  const where = new Where().when(filter.kind, (kind) => sql`f.kind = ${kind}`);
  const { rows: found, total } = await paged<FindingRow>(
    db,
    sql`f.article_id AS "articleId", f.kind, f.message, f.spans`,
    sql`FROM findings f JOIN articles a ON a.id = f.article_id`,
    where,
    sql`${NEWEST_FIRST}, f.idx`,
    page,
  );
  return { items: found.map((row) => ({ ...row, spans: fromJson<TextSpan[]>(row.spans) })), total };
}

interface StoryRow {
  id: string;
  title: string;
  articles: unknown;
  from: string | null;
  to: string | null;
}

/** Stories as the corpus layer stored them, latest first; member ids in id order. */
export async function queryStories(
  db: Db,
  dialect: SqlDialect,
  page: PageBounds,
): Promise<Paged<StoryListing>> {
  const articles = dialect.jsonArray(
    sql`sa.article_id`,
    sql`FROM story_articles sa WHERE sa.story_id = s.id`,
  );
  const { rows: found, total } = await paged<StoryRow>(
    db,
    sql`s.id, s.title, s.from_date AS "from", s.to_date AS "to", ${articles} AS articles`,
    sql`FROM stories s`,
    new Where(),
    sql`s.to_date IS NULL, s.to_date DESC, s.id`,
    page,
  );
  return {
    items: found.map((row) =>
      withoutNulls({ ...row, articles: fromJson<string[] | null>(row.articles) ?? [] }),
    ),
    total,
  };
}
