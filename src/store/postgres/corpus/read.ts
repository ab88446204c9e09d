import type { ArticleCorpus, CorpusStory } from '../../../corpus/store/read-types.js';
import { row, rows, value, type Db } from '../sql.js';

const TOP_ENTITIES = 5;
const TOP_EVENTS = 5;

/** Stories, most articles first, then latest first: the twin of `corpusStories` in `corpus/store/read.ts`. */
export async function corpusStoriesPg(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ items: CorpusStory[]; total: number }> {
  const stories = await rows<{
    id: string;
    title: string;
    articleCount: number;
    duplicateCount: number;
    from: string | null;
    to: string | null;
  }>(
    db,
    `SELECT s.id, s.title, s.article_count AS "articleCount", s.from_date AS "from", s.to_date AS "to",
            (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id AND sa.duplicate) AS "duplicateCount"
       FROM stories s
      ORDER BY s.article_count DESC, s.to_date IS NULL, s.to_date DESC, s.seq
      LIMIT $1 OFFSET $2`,
    [page.limit, page.offset],
  );
  const total = (await value<number>(db, 'SELECT count(*) FROM stories')) ?? 0;
  const items: CorpusStory[] = [];
  for (const { from, to, ...story } of stories) {
    const topEntities = await rows<CorpusStory['topEntities'][number]>(
      db,
      `SELECT ce.name, ce.type, count(DISTINCT l.article_id) AS articles
         FROM story_articles sa
         JOIN corpus_entity_links l ON l.article_id = sa.article_id
         JOIN corpus_entities ce ON ce.id = l.corpus_entity_id
         LEFT JOIN entities e ON e.article_id = l.article_id AND e.entity_id = l.entity_id
        WHERE sa.story_id = $1 AND NOT sa.duplicate
        GROUP BY ce.id
        ORDER BY articles DESC, sum(coalesce(e.mention_count, 0)) DESC, ce.name
        LIMIT ${TOP_ENTITIES}`,
      [story.id],
    );
    // Events that happened (not negated, not hypothetical), grouped by type and the actors' names.
    const topEvents = await rows<{
      type: string;
      cameo: string;
      source: string | null;
      target: string | null;
      articles: number;
    }>(
      db,
      `SELECT ev.type, ev.cameo, src.name AS source, tgt.name AS target, count(DISTINCT ev.article_id) AS articles
         FROM story_articles sa
         JOIN events ev ON ev.article_id = sa.article_id
         LEFT JOIN entities src ON src.article_id = ev.article_id AND src.entity_id = ev.source
         LEFT JOIN entities tgt ON tgt.article_id = ev.article_id AND tgt.entity_id = ev.target
        WHERE sa.story_id = $1 AND NOT sa.duplicate AND NOT ev.negated AND NOT ev.hypothetical
        GROUP BY ev.type, ev.cameo, src.name, tgt.name
        ORDER BY articles DESC, count(*) DESC, ev.type
        LIMIT ${TOP_EVENTS}`,
      [story.id],
    );
    items.push({
      ...story,
      ...(from !== null ? { from } : {}),
      ...(to !== null ? { to } : {}),
      topEntities,
      // Fields in the order the SQLite store gives them (actors after the count), so outputs compare equal.
      topEvents: topEvents.map(({ source, target, ...event }) => ({
        ...event,
        ...(source !== null ? { source } : {}),
        ...(target !== null ? { target } : {}),
      })),
    });
  }
  return { items, total };
}

/** The corpus view of one article; undefined when the article is not stored (`articleCorpus` on SQLite). */
export async function articleCorpusPg(db: Db, id: string): Promise<ArticleCorpus | undefined> {
  if ((await value(db, 'SELECT 1 FROM articles WHERE id = $1', [id])) === undefined) return undefined;
  const story = await row<NonNullable<ArticleCorpus['story']>>(
    db,
    `SELECT s.id, s.title, s.article_count AS "articleCount"
       FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = $1`,
    [id],
  );
  const copied = await row<NonNullable<ArticleCorpus['duplicateOf']>>(
    db,
    `SELECT canonical_id AS id, kind, similarity, diff_json AS diff FROM duplicates WHERE article_id = $1`,
    [id],
  );
  const duplicates = await rows<ArticleCorpus['duplicates'][number]>(
    db,
    `SELECT d.article_id AS id, d.kind, d.similarity FROM duplicates d JOIN articles a ON a.id = d.article_id
      WHERE d.canonical_id = $1 ORDER BY a.seq`,
    [id],
  );
  const corroboration = await rows<ArticleCorpus['corroboration'][number]>(
    db,
    `SELECT r.kind, r.idx, c.sources FROM corroboration_reports r JOIN corroboration c ON c.id = r.claim_id
      WHERE r.article_id = $1 ORDER BY r.kind, r.idx`,
    [id],
  );
  const findings = await rows<ArticleCorpus['findings'][number]>(
    db,
    `SELECT f.kind, f.rule, f.message, f.spans FROM corpus_findings f
      WHERE f.spans @> jsonb_build_array(jsonb_build_object('articleId', $1::text))
      ORDER BY f.id`,
    [id],
  );
  return {
    ...(story ? { story } : {}),
    ...(copied ? { duplicateOf: copied } : {}),
    duplicates,
    corroboration,
    findings,
  };
}
