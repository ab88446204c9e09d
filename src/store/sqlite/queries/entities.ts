import type { EntityDetail, EntityFilter, EntityMention, EntitySummary, Paged } from '../../queries.js';
import {
  entityDetail,
  likePattern,
  type EntityArticleRow as ArticleRow,
  type MentionRow,
} from '../../shared/listing.js';
import type { Prepare } from './prepare.js';
import { NEWEST_FIRST, Where } from './sql.js';

/**
 * Entities grouped by canonical name (case-insensitive). The type shown is the one most articles give the
 * name; with a `type` filter only that type's rows count.
 */
export function queryEntities(
  prepare: Prepare,
  filter: EntityFilter,
  page: { limit: number; offset: number },
): Paged<EntitySummary> {
  const where = new Where()
    .when(filter.q && likePattern(filter.q), 'q', "e.name LIKE @q ESCAPE '\\'")
    .when(filter.type, 'type', 'e.type = @type');
  const typeFilter = filter.type ? 'AND t.type = @type' : '';
  const items = prepare(
    `SELECT min(e.name) AS name,
            (SELECT t.type FROM entities t WHERE t.name = e.name COLLATE NOCASE ${typeFilter}
              GROUP BY t.type ORDER BY count(*) DESC, t.type LIMIT 1) AS type,
            count(DISTINCT e.article_id) AS articles, sum(e.mention_count) AS mentions
       FROM entities e ${where.sql}
      GROUP BY e.name COLLATE NOCASE
      ORDER BY articles DESC, mentions DESC, name
      LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, ...page }) as EntitySummary[];
  const total = prepare(
    `SELECT count(*) FROM (SELECT 1 FROM entities e ${where.sql} GROUP BY e.name COLLATE NOCASE)`,
  )
    .pluck()
    .get(where.params) as number;
  return { items, total };
}

/** One entity by canonical name with its articles (all) and mentions (the first `mentionLimit`). */
export function getEntity(prepare: Prepare, name: string, mentionLimit: number): EntityDetail | undefined {
  const articles = prepare(
    `SELECT a.id, a.title, a.published, e.name, e.type
       FROM entities e JOIN articles a ON a.id = e.article_id
      WHERE e.name = @name COLLATE NOCASE
      ORDER BY ${NEWEST_FIRST}, e.entity_id`,
  ).all({ name }) as ArticleRow[];
  if (articles.length === 0) return undefined;
  const fromMentions = `FROM mentions m
      JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
      JOIN articles a ON a.id = m.article_id
     WHERE e.name = @name COLLATE NOCASE`;
  const mentions = prepare(
    `SELECT m.article_id AS articleId, m.start, m."end", m.text, m.sentence ${fromMentions}
      ORDER BY ${NEWEST_FIRST}, m.start LIMIT @limit`,
  ).all({ name, limit: mentionLimit }) as MentionRow[];
  const mentionsTotal = prepare(`SELECT count(*) ${fromMentions}`).pluck().get({ name }) as number;
  return entityDetail(articles, withSentences(prepare, mentions), mentionsTotal);
}

/** Each mention's sentence text, read from its article's stored sentences (once per article). */
function withSentences(prepare: Prepare, mentions: MentionRow[]): EntityMention[] {
  const sentencesOf = new Map<string, { text: string }[]>();
  const select = prepare(`SELECT json_extract(doc_json, '$.sentences') FROM articles WHERE id = ?`).pluck();
  return mentions.map((m) => {
    let sentences = sentencesOf.get(m.articleId);
    if (!sentences) {
      sentences = JSON.parse((select.get(m.articleId) as string | null) ?? '[]') as { text: string }[];
      sentencesOf.set(m.articleId, sentences);
    }
    return { ...m, sentence: sentences[m.sentence]?.text ?? '' };
  });
}
