import {
  entityDetail,
  likePattern,
  type EntityArticleRow as ArticleRow,
  type MentionRow,
} from '../../shared/listing.js';
import type { EntityDetail, EntityFilter, EntityMention, EntitySummary, Paged } from '../../queries.js';
import { rows, value, Where, type Db } from '../sql.js';
import { NEWEST_FIRST } from './dates.js';

/**
 * Entities grouped by canonical name (case-insensitive); the type shown is the one most articles give the
 * name (as `sqlite/queries/entities.ts`).
 */
export async function queryEntitiesPg(
  db: Db,
  filter: EntityFilter,
  page: { limit: number; offset: number },
): Promise<Paged<EntitySummary>> {
  const where = new Where()
    .when(filter.q && likePattern(filter.q), (p) => `e.name ILIKE ${p} ESCAPE '\\'`)
    .when(filter.type, (p) => `e.type = ${p}`);
  const filterValues = [...where.params.values];
  const typeFilter = filter.type ? `AND t.type = ${where.params.add(filter.type)}` : '';
  const items = await rows<EntitySummary>(
    db,
    `SELECT g.name,
            (SELECT t.type FROM entities t WHERE lower(t.name) = g.key ${typeFilter}
              GROUP BY t.type ORDER BY count(*) DESC, t.type LIMIT 1) AS type,
            g.articles, g.mentions
       FROM (SELECT lower(e.name) AS key, min(e.name COLLATE "C") AS name,
                    count(DISTINCT e.article_id) AS articles, sum(e.mention_count) AS mentions
               FROM entities e ${where.sql} GROUP BY lower(e.name)) g
      ORDER BY g.articles DESC, g.mentions DESC, g.name
      LIMIT ${where.params.add(page.limit)} OFFSET ${where.params.add(page.offset)}`,
    where.params.values,
  );
  const total = await value<number>(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM entities e ${where.sql} GROUP BY lower(e.name)) g`,
    filterValues,
  );
  return { items, total: total ?? 0 };
}

/** One entity by canonical name with its articles (all) and mentions (the first `mentionLimit`). */
export async function getEntityPg(
  db: Db,
  name: string,
  mentionLimit: number,
): Promise<EntityDetail | undefined> {
  const articles = await rows<ArticleRow>(
    db,
    `SELECT a.id, a.title, a.published, e.name, e.type
       FROM entities e JOIN articles a ON a.id = e.article_id
      WHERE lower(e.name) = lower($1)
      ORDER BY ${NEWEST_FIRST}, e.entity_id`,
    [name],
  );
  if (articles.length === 0) return undefined;
  const fromMentions = `FROM mentions m
      JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
      JOIN articles a ON a.id = m.article_id
     WHERE lower(e.name) = lower($1)`;
  const mentions = await rows<MentionRow>(
    db,
    `SELECT m.article_id AS "articleId", m.start, m."end", m.text, m.sentence ${fromMentions}
      ORDER BY ${NEWEST_FIRST}, m.start LIMIT $2`,
    [name, mentionLimit],
  );
  const mentionsTotal = (await value<number>(db, `SELECT count(*) ${fromMentions}`, [name])) ?? 0;
  return entityDetail(articles, await withSentences(db, mentions), mentionsTotal);
}

/** Each mention's sentence text, from its article's stored sentences (one query for all the articles). */
async function withSentences(db: Db, mentions: MentionRow[]): Promise<EntityMention[]> {
  const ids = [...new Set(mentions.map((m) => m.articleId))];
  const found = await rows<{ id: string; sentences: { text: string }[] | null }>(
    db,
    `SELECT id, doc_json -> 'sentences' AS sentences FROM articles WHERE id = ANY ($1::text[])`,
    [ids],
  );
  const sentencesOf = new Map(found.map((f) => [f.id, f.sentences ?? []]));
  return mentions.map((m) => ({ ...m, sentence: sentencesOf.get(m.articleId)?.[m.sentence]?.text ?? '' }));
}
