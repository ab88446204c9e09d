import { sql } from 'kysely';
import type { TextSpan } from '../../../doc/types.js';
import {
  FINDING_KIND_ORDER,
  type ArticleReference,
  type FindingFilter,
  type FindingListing,
  type Paged,
  type QuoteFilter,
  type QuoteListing,
  type StoryFilter,
  type StoryListing,
} from '../../queries.js';
import type { Bounds } from '../../page.js';
import { fromJson, NEWEST_FIRST, paged, rows, Where, withoutNulls, type Db, type RowOf } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { ARTICLE_NAMED, articleScope } from './scope.js';

/** Speech quotations (scare quotes left out), newest article first, in text order. */
export async function queryQuotes(
  db: Db,
  dialect: SqlDialect,
  filter: QuoteFilter,
  page: Bounds,
): Promise<Paged<QuoteListing>> {
  const where = new Where([sql`NOT q.scare`]).when(filter.speaker, (name) =>
    dialect.sameText(sql`sp.name`, name),
  );
  articleScope(where, filter, dialect);
  const { rows: found, total } = await paged<RowOf<QuoteListing>>(
    db,
    sql`q.article_id AS "articleId", ${ARTICLE_NAMED}, q.start, q."end", q.text, q.kind, sp.name AS speaker`,
    sql`FROM quotes q JOIN articles a ON a.id = q.article_id
          LEFT JOIN entities sp ON sp.article_id = q.article_id AND sp.entity_id = q.speaker`,
    where.sql,
    sql`${NEWEST_FIRST}, q.idx`,
    page,
  );
  return { items: found.map((row) => withoutNulls(row)), total };
}

/** The spans arrive as JSON (text on SQLite). */
type FindingRow = RowOf<Omit<FindingListing, 'spans'>> & { spans: unknown };

/** Kinds in triage order (`FINDING_KIND_ORDER`), any other kind after them. */
const KIND_RANK = sql.join(
  FINDING_KIND_ORDER.map((kind, rank) => sql`WHEN ${sql.lit(kind)} THEN ${sql.lit(rank)}`),
  sql` `,
);

/** Findings in triage order (contradictions first, estimates last), then newest article first. */
export async function queryFindings(
  db: Db,
  dialect: SqlDialect,
  filter: FindingFilter,
  page: Bounds,
): Promise<Paged<FindingListing>> {
  const where = new Where().when(filter.kind, (kind) => sql`f.kind = ${kind}`);
  articleScope(where, filter, dialect);
  const { rows: found, total } = await paged<FindingRow>(
    db,
    sql`f.article_id AS "articleId", ${ARTICLE_NAMED}, f.kind, f.message, f.spans`,
    sql`FROM findings f JOIN articles a ON a.id = f.article_id`,
    where.sql,
    sql`CASE f.kind ${KIND_RANK} ELSE ${sql.lit(FINDING_KIND_ORDER.length)} END, ${NEWEST_FIRST}, f.idx`,
    page,
  );
  return {
    items: found.map((row) => withoutNulls({ ...row, spans: fromJson<TextSpan[]>(row.spans) })),
    total,
  };
}

type StoryRow = RowOf<Pick<StoryListing, 'id' | 'title' | 'from' | 'to'>>;
type MemberRow = RowOf<ArticleReference> & { storyId: string };

/**
 * Stories as the corpus layer stored them, largest first, then by id as a number (s2 before s10); each
 * with its member articles by title and source, newest first.
 */
export async function queryStories(
  db: Db,
  dialect: SqlDialect,
  filter: StoryFilter,
  page: Bounds,
): Promise<Paged<StoryListing>> {
  const size = sql`(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)`;
  const where = new Where()
    .when(filter.id, (id) => sql`s.id = ${id}`)
    .when(
      filter.entity,
      (name) => sql`s.id IN (SELECT sa.story_id FROM story_articles sa
      JOIN entities e ON e.article_id = sa.article_id WHERE ${dialect.sameText(sql`e.name`, name)})`,
    );
  const { rows: found, total } = await paged<StoryRow>(
    db,
    sql`s.id, s.title, s.from_date AS "from", s.to_date AS "to"`,
    sql`FROM stories s`,
    where.sql,
    sql`${size} DESC, length(s.id), s.id`,
    page,
  );
  const members = await storyMembers(
    db,
    found.map((s) => s.id),
  );
  return {
    items: found.map((row) => {
      const of = members.get(row.id) ?? [];
      return withoutNulls({ ...row, articles: of.map((m) => m.id), members: of });
    }),
    total,
  };
}

/** The member articles of some stories, by story id, newest first. */
async function storyMembers(db: Db, ids: string[]): Promise<Map<string, ArticleReference[]>> {
  const byStory = new Map<string, ArticleReference[]>();
  if (ids.length === 0) return byStory;
  const found = await rows<MemberRow>(
    db,
    sql`SELECT sa.story_id AS "storyId", a.id, a.title, coalesce(a.uri, a.origin) AS source, a.published
          FROM story_articles sa JOIN articles a ON a.id = sa.article_id
         WHERE sa.story_id IN (${sql.join(ids)}) ORDER BY ${NEWEST_FIRST}`,
  );
  for (const { storyId, ...article } of found) {
    byStory.set(storyId, [...(byStory.get(storyId) ?? []), withoutNulls(article)]);
  }
  return byStory;
}
