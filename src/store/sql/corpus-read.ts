import { sql } from 'kysely';
import type { DuplicateDiff } from '../../corpus/diff.js';
import type { ArticleCorpus, CorpusStory } from '../corpus/read-types.js';
import { count, first, fromJson, rows, withoutNulls, type Db, type RowOf } from './db.js';
import type { SqlDialect } from './dialect.js';

const TOP_ENTITIES = 5;
const TOP_EVENTS = 5;

type StoryRow = RowOf<Omit<CorpusStory, 'topEntities' | 'topEvents'>>;

/** Stories, most articles first, then latest first, with their top entities and events. */
export async function corpusStories(
  db: Db,
  dialect: SqlDialect,
  page: { limit: number; offset: number },
): Promise<{ items: CorpusStory[]; total: number }> {
  const stories = await rows<StoryRow>(
    db,
    sql`SELECT s.id, s.title, s.article_count AS "articleCount", s.from_date AS "from", s.to_date AS "to",
               (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id AND sa.duplicate)
                 AS "duplicateCount"
          FROM stories s
         ORDER BY s.article_count DESC, s.to_date IS NULL, s.to_date DESC, ${dialect.insertOrder('s')}
         LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const total = await count(db, sql`SELECT count(*) FROM stories`);
  const items: CorpusStory[] = [];
  for (const { from, to, ...story } of stories) {
    const topEntities = await rows<CorpusStory['topEntities'][number]>(
      db,
      sql`SELECT ce.name, ce.type, count(DISTINCT l.article_id) AS articles
            FROM story_articles sa
            JOIN corpus_entity_links l ON l.article_id = sa.article_id
            JOIN corpus_entities ce ON ce.id = l.corpus_entity_id
            LEFT JOIN entities e ON e.article_id = l.article_id AND e.entity_id = l.entity_id
           WHERE sa.story_id = ${story.id} AND NOT sa.duplicate
           GROUP BY ce.id, ce.name, ce.type
           ORDER BY articles DESC, sum(coalesce(e.mention_count, 0)) DESC, ce.name, ce.id
           LIMIT ${sql.lit(TOP_ENTITIES)}`,
    );
    // Events that happened (not negated, not hypothetical), grouped by type and the actors' names.
    const topEvents = await rows<RowOf<CorpusStory['topEvents'][number]>>(
      db,
      sql`SELECT ev.type, ev.cameo, src.name AS source, tgt.name AS target,
                 count(DISTINCT ev.article_id) AS articles
            FROM story_articles sa
            JOIN events ev ON ev.article_id = sa.article_id
            LEFT JOIN entities src ON src.article_id = ev.article_id AND src.entity_id = ev.source
            LEFT JOIN entities tgt ON tgt.article_id = ev.article_id AND tgt.entity_id = ev.target
           WHERE sa.story_id = ${story.id} AND NOT sa.duplicate AND NOT ev.negated AND NOT ev.hypothetical
           GROUP BY ev.type, ev.cameo, src.name, tgt.name
           ORDER BY articles DESC, count(*) DESC, ev.type
           LIMIT ${sql.lit(TOP_EVENTS)}`,
    );
    items.push({
      ...story,
      ...withoutNulls({ from, to }),
      topEntities,
      // Actors after the count, absent when unknown.
      topEvents: topEvents.map(({ source, target, ...event }) => ({
        ...event,
        ...withoutNulls({ source, target }),
      })),
    });
  }
  return { items, total };
}

/** The corpus view of one article; undefined when the article is not stored. */
export async function articleCorpus(
  db: Db,
  dialect: SqlDialect,
  id: string,
): Promise<ArticleCorpus | undefined> {
  if ((await first(db, sql`SELECT 1 FROM articles WHERE id = ${id}`)) === undefined) return undefined;
  const story = await first<NonNullable<ArticleCorpus['story']>>(
    db,
    sql`SELECT s.id, s.title, s.article_count AS "articleCount"
          FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ${id}`,
  );
  const copied = await first<Omit<NonNullable<ArticleCorpus['duplicateOf']>, 'diff'> & { diff: unknown }>(
    db,
    sql`SELECT canonical_id AS id, kind, similarity, diff_json AS diff FROM duplicates WHERE article_id = ${id}`,
  );
  const duplicates = await rows<ArticleCorpus['duplicates'][number]>(
    db,
    sql`SELECT d.article_id AS id, d.kind, d.similarity FROM duplicates d JOIN articles a ON a.id = d.article_id
         WHERE d.canonical_id = ${id} ORDER BY a.seq`,
  );
  const corroboration = await rows<ArticleCorpus['corroboration'][number]>(
    db,
    sql`SELECT r.kind, r.idx, c.sources FROM corroboration_reports r JOIN corroboration c ON c.id = r.claim_id
         WHERE r.article_id = ${id} ORDER BY r.kind, r.idx`,
  );
  const findings = await rows<Omit<ArticleCorpus['findings'][number], 'spans'> & { spans: unknown }>(
    db,
    sql`SELECT f.kind, f.rule, f.message, f.spans FROM corpus_findings f
         WHERE ${dialect.spansName(sql`f.spans`, id)} ORDER BY f.id`,
  );
  return {
    ...(story ? { story } : {}),
    ...(copied ? { duplicateOf: { ...copied, diff: fromJson<DuplicateDiff>(copied.diff) } } : {}),
    duplicates,
    corroboration,
    findings: findings.map((f) => ({
      ...f,
      spans: fromJson<ArticleCorpus['findings'][number]['spans']>(f.spans),
    })),
  };
}
