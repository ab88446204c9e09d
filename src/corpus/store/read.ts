import type { ArticleCorpus, CorpusStory } from './read-types.js';
import type { Statements } from './sql.js';
import type { DuplicateKind } from './duplicates.js';
import type { DuplicateDiff } from './diff.js';

const TOP_ENTITIES = 5;
const TOP_EVENTS = 5;

interface StoryRow {
  id: string;
  title: string;
  articleCount: number;
  duplicateCount: number;
  from: string | null;
  to: string | null;
}

/** Stories, most articles first, then latest first. */
export function corpusStories(
  sql: Statements,
  page: { limit: number; offset: number },
): { items: CorpusStory[]; total: number } {
  const rows = sql
    .get(
      `SELECT s.id, s.title, s.article_count AS articleCount, s.from_date AS "from", s.to_date AS "to",
              (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id AND sa.duplicate = 1)
                AS duplicateCount
         FROM stories s
        ORDER BY s.article_count DESC, s.to_date IS NULL, s.to_date DESC, s.rowid
        LIMIT @limit OFFSET @offset`,
    )
    .all(page) as StoryRow[];
  const total = sql.get('SELECT count(*) FROM stories').pluck().get() as number;
  const topEntities = sql.get(
    `SELECT ce.name, ce.type, count(DISTINCT l.article_id) AS articles
       FROM story_articles sa
       JOIN corpus_entity_links l ON l.article_id = sa.article_id
       JOIN corpus_entities ce ON ce.id = l.corpus_entity_id
       LEFT JOIN entities e ON e.article_id = l.article_id AND e.entity_id = l.entity_id
      WHERE sa.story_id = ? AND sa.duplicate = 0
      GROUP BY ce.id
      ORDER BY articles DESC, sum(coalesce(e.mention_count, 0)) DESC, ce.name
      LIMIT ${TOP_ENTITIES}`,
  );
  // Events that happened (not negated, not hypothetical), grouped by type and the actors' names.
  const topEvents = sql.get(
    `SELECT ev.type, ev.cameo, src.name AS source, tgt.name AS target, count(DISTINCT ev.article_id) AS articles
       FROM story_articles sa
       JOIN events ev ON ev.article_id = sa.article_id
       LEFT JOIN entities src ON src.article_id = ev.article_id AND src.entity_id = ev.source
       LEFT JOIN entities tgt ON tgt.article_id = ev.article_id AND tgt.entity_id = ev.target
      WHERE sa.story_id = ? AND sa.duplicate = 0 AND ev.negated = 0 AND ev.hypothetical = 0
      GROUP BY ev.type, ev.cameo, src.name, tgt.name
      ORDER BY articles DESC, count(*) DESC, ev.type
      LIMIT ${TOP_EVENTS}`,
  );
  const events = (id: string): CorpusStory['topEvents'] =>
    (
      topEvents.all(id) as {
        type: string;
        cameo: string;
        source: string | null;
        target: string | null;
        articles: number;
      }[]
    ).map(({ source, target, ...event }) => ({
      ...event,
      ...(source !== null ? { source } : {}),
      ...(target !== null ? { target } : {}),
    }));
  const items = rows.map(({ from, to, ...row }) => ({
    ...row,
    ...(from !== null ? { from } : {}),
    ...(to !== null ? { to } : {}),
    topEntities: topEntities.all(row.id) as CorpusStory['topEntities'],
    topEvents: events(row.id),
  }));
  return { items, total };
}

interface DuplicateRow {
  id: string;
  kind: DuplicateKind;
  similarity: number;
  diff: string;
}

/** The corpus view of one article; undefined when the article is not stored. */
export function articleCorpus(sql: Statements, id: string): ArticleCorpus | undefined {
  if (sql.get('SELECT 1 FROM articles WHERE id = ?').get(id) === undefined) return undefined;
  const story = sql
    .get(
      `SELECT s.id, s.title, s.article_count AS articleCount
         FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ?`,
    )
    .get(id) as ArticleCorpus['story'] | undefined;
  const copied = sql
    .get(
      `SELECT canonical_id AS id, kind, similarity, diff_json AS diff FROM duplicates WHERE article_id = ?`,
    )
    .get(id) as DuplicateRow | undefined;
  const duplicates = sql
    .get(
      `SELECT d.article_id AS id, d.kind, d.similarity FROM duplicates d JOIN articles a ON a.id = d.article_id
        WHERE d.canonical_id = ? ORDER BY a.seq`,
    )
    .all(id) as ArticleCorpus['duplicates'];
  const corroboration = sql
    .get(
      `SELECT r.kind, r.idx, c.sources FROM corroboration_reports r JOIN corroboration c ON c.id = r.claim_id
        WHERE r.article_id = ? ORDER BY r.kind, r.idx`,
    )
    .all(id) as ArticleCorpus['corroboration'];
  const findings = (
    sql
      .get(
        `SELECT f.kind, f.rule, f.message, f.spans FROM corpus_findings f
          WHERE EXISTS (SELECT 1 FROM json_each(f.spans) j WHERE json_extract(j.value, '$.articleId') = ?)
          ORDER BY f.id`,
      )
      .all(id) as { kind: string; rule: string; message: string; spans: string }[]
  ).map((f) => ({ ...f, spans: JSON.parse(f.spans) as ArticleCorpus['findings'][number]['spans'] }));
  return {
    ...(story ? { story } : {}),
    ...(copied
      ? {
          duplicateOf: {
            id: copied.id,
            kind: copied.kind,
            similarity: copied.similarity,
            diff: JSON.parse(copied.diff) as DuplicateDiff,
          },
        }
      : {}),
    duplicates,
    corroboration,
    findings,
  };
}
