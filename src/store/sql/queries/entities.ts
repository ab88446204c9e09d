import { sql } from 'kysely';
import type {
  ArticleReference,
  EntityDetail,
  EntityFilter,
  EntityMention,
  EntitySummary,
  Paged,
} from '../../queries.js';
import { count, fromJson, NEWEST_FIRST, rows, Where, withoutNulls, type Db, type RowOf } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { entityContext } from './entity-context.js';

/** An article naming an entity, with the entity's name and type there. */
type ArticleRow = RowOf<ArticleReference> & Pick<EntityDetail, 'name' | 'type'>;

/** A mention with its sentence's index (made text by `withSentences`, which reads the article's sentences). */
type MentionRow = Omit<EntityMention, 'sentence'> & { sentence: number };

/** `LIKE` treats % and _ as wildcards: escape them (with `\`) so `q` is a plain substring. */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The value most of `values` have (the first of equals), '' for none. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Entities grouped by canonical name (case-insensitive). The type shown is the one most articles give the
 * name; with a `type` filter only that type's rows count.
 */
export async function queryEntities(
  db: Db,
  dialect: SqlDialect,
  filter: EntityFilter,
  page: { limit: number; offset: number },
): Promise<Paged<EntitySummary>> {
  const where = new Where()
    .when(filter.q, (q) => dialect.likeCaseless(sql`e.name`, likePattern(q)))
    .when(filter.type, (type) => sql`e.type = ${type}`);
  const typeFilter = filter.type ? sql`AND t.type = ${filter.type}` : sql``;
  const key = dialect.caseless(sql`e.name`);
  const items = await rows<EntitySummary>(
    db,
    sql`SELECT g.name,
               (SELECT t.type FROM entities t WHERE ${dialect.sameText(sql`t.name`, sql`g.name`)} ${typeFilter}
                 GROUP BY t.type ORDER BY count(*) DESC, t.type LIMIT 1) AS type,
               g.articles, g.mentions
          FROM (SELECT min(${dialect.binary(sql`e.name`)}) AS name, count(DISTINCT e.article_id) AS articles,
                       sum(e.mention_count) AS mentions
                  FROM entities e ${where.sql} GROUP BY ${key}) g
         ORDER BY g.articles DESC, g.mentions DESC, g.name
         LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const total = await count(
    db,
    sql`SELECT count(*) FROM (SELECT 1 FROM entities e ${where.sql} GROUP BY ${key}) g`,
  );
  return {
    items: items.map((item) => ({
      ...item,
      articles: Number(item.articles),
      mentions: Number(item.mentions),
    })),
    total,
  };
}

/** One entity by canonical name with its articles (all) and mentions (the first `mentionLimit`). */
export async function getEntity(
  db: Db,
  dialect: SqlDialect,
  name: string,
  mentionLimit: number,
): Promise<EntityDetail | undefined> {
  const named = dialect.sameText(sql`e.name`, name);
  const articles = await rows<ArticleRow>(
    db,
    sql`SELECT a.id, a.title, coalesce(a.uri, a.origin) AS source, a.published, e.name, e.type
          FROM entities e JOIN articles a ON a.id = e.article_id
         WHERE ${named} ORDER BY ${NEWEST_FIRST}, e.entity_id`,
  );
  if (articles.length === 0) return undefined;
  const fromMentions = sql`FROM mentions m
      JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
      JOIN articles a ON a.id = m.article_id
     WHERE ${named}`;
  const mentions = await rows<MentionRow>(
    db,
    sql`SELECT m.article_id AS "articleId", m.start, m."end", m.text, m.sentence ${fromMentions}
         ORDER BY ${NEWEST_FIRST}, m.start LIMIT ${mentionLimit}`,
  );
  const mentionsTotal = await count(db, sql`SELECT count(*) ${fromMentions}`);
  const seen = new Set<string>();
  return {
    // The first article's spelling, the most common type, each article once.
    name: articles[0]!.name,
    type: mostCommon(articles.map((a) => a.type)),
    articles: articles
      .filter((a) => !seen.has(a.id) && seen.add(a.id))
      .map(({ id, title, source, published }) => withoutNulls({ id, title, source, published })),
    mentions: await withSentences(db, dialect, mentions),
    mentionsTotal,
    ...(await entityContext(db, dialect, name)),
  };
}

/** Each mention's sentence text, from its article's stored sentences (one query for all the articles). */
async function withSentences(db: Db, dialect: SqlDialect, mentions: MentionRow[]): Promise<EntityMention[]> {
  const ids = [...new Set(mentions.map((m) => m.articleId))];
  if (ids.length === 0) return [];
  const found = await rows<{ id: string; sentences: unknown }>(
    db,
    sql`SELECT id, ${dialect.jsonMember(sql`doc_json`, 'sentences')} AS sentences
          FROM articles WHERE id IN (${sql.join(ids)})`,
  );
  const sentencesOf = new Map(
    found.map((f) => [f.id, fromJson<{ text: string }[] | null>(f.sentences) ?? []]),
  );
  return mentions.map((m) => ({ ...m, sentence: sentencesOf.get(m.articleId)?.[m.sentence]?.text ?? '' }));
}
