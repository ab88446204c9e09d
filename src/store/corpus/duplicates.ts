import { sql } from 'kysely';
import { diffDuplicate, sameWords, type DuplicateDiff, type DuplicateKind } from '../../corpus/diff.js';
import type { Doc, Removal } from '../../doc/types.js';
import { exec, first, fromJson, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import type { LshIndex } from './lsh-index.js';

export interface DuplicateLink {
  canonicalId: string;
  similarity: number;
  kind: DuplicateKind;
  diff: DuplicateDiff;
}

/**
 * Finds the article `doc` copies, if any, and links it to that article's canonical: the first stored
 * article of the copies (a copy of a copy points at the original, so a family has one canonical).
 */
export async function findDuplicate(
  db: Db,
  dialect: SqlDialect,
  lsh: LshIndex,
  doc: Doc,
  signature: Uint32Array,
): Promise<DuplicateLink | undefined> {
  const matches = await lsh.nearDuplicates(db, dialect, signature);
  if (matches.length === 0) return undefined;
  // Each match's canonical (itself unless it is a copy), the earliest stored first.
  const canonical = await first<{ id: string; text: string; site: string | null; removed: unknown }>(
    db,
    sql`SELECT a.id, a.text, a.site, ${dialect.jsonMember(sql`a.doc_json`, 'removed')} AS removed
          FROM articles a
         WHERE a.id IN (SELECT coalesce(d.canonical_id, s.article_id) FROM corpus_signatures s
                          LEFT JOIN duplicates d ON d.article_id = s.article_id
                         WHERE ${dialect.oneOf(
                           sql`s.article_id`,
                           matches.map((m) => m.id),
                         )})
         ORDER BY a.seq LIMIT 1`,
  );
  if (!canonical) return undefined;
  const similarity =
    (await lsh.similarity(db, signature, canonical.id)) ??
    matches.find((m) => m.id === canonical.id)?.similarity ??
    0;
  const site = doc.source.site ?? doc.meta.site;
  const kind: DuplicateKind =
    site && canonical.site && site !== canonical.site
      ? 'syndicated'
      : sameWords(doc.text, canonical.text)
        ? 'exact'
        : 'near';
  const removed = canonical.removed === null ? [] : fromJson<Removal[]>(canonical.removed);
  return {
    canonicalId: canonical.id,
    similarity,
    kind,
    diff: diffDuplicate({ text: doc.text, removed: doc.removed }, { text: canonical.text, removed }),
  };
}

export async function saveDuplicate(db: Db, articleId: string, link: DuplicateLink): Promise<void> {
  const { canonicalId, similarity, kind, diff } = link;
  await exec(
    db,
    sql`INSERT INTO duplicates (article_id, canonical_id, similarity, kind, diff_json)
            VALUES (${articleId}, ${canonicalId}, ${similarity}, ${kind}, ${JSON.stringify(diff)})
            ON CONFLICT (article_id) DO UPDATE SET canonical_id = excluded.canonical_id,
              similarity = excluded.similarity, kind = excluded.kind, diff_json = excluded.diff_json`,
  );
}
