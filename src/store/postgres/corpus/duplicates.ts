import type { Doc, Removal } from '../../../doc/types.js';
import { diffDuplicate, sameWords } from '../../../corpus/store/diff.js';
import type { DuplicateKind, DuplicateLink } from '../../../corpus/store/duplicates.js';
import { row, run, type Db } from '../sql.js';
import type { PgLshIndex } from './lsh-index.js';

/**
 * The article `doc` copies, if any, linked to that article's canonical (the first stored of the copies):
 * the async twin of `findDuplicate` in `corpus/store/duplicates.ts`, same rules.
 */
export async function findDuplicatePg(
  db: Db,
  lsh: PgLshIndex,
  doc: Doc,
  signature: Uint32Array,
): Promise<DuplicateLink | undefined> {
  const matches = await lsh.nearDuplicates(db, signature);
  if (matches.length === 0) return undefined;
  // Each match's canonical (itself unless it is a copy), the earliest stored first.
  const canonical = await row<{ id: string; text: string; site: string | null; removed: Removal[] | null }>(
    db,
    `SELECT a.id, a.text, a.site, a.doc_json -> 'removed' AS removed
       FROM unnest($1::text[]) AS m (id)
       LEFT JOIN duplicates d ON d.article_id = m.id
       JOIN articles a ON a.id = coalesce(d.canonical_id, m.id)
      ORDER BY a.seq LIMIT 1`,
    [matches.map((m) => m.id)],
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
  return {
    canonicalId: canonical.id,
    similarity,
    kind,
    diff: diffDuplicate(
      { text: doc.text, removed: doc.removed },
      { text: canonical.text, removed: canonical.removed ?? [] },
    ),
  };
}

export async function saveDuplicatePg(db: Db, articleId: string, link: DuplicateLink): Promise<void> {
  await run(
    db,
    `INSERT INTO duplicates (article_id, canonical_id, similarity, kind, diff_json) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (article_id) DO UPDATE SET canonical_id = excluded.canonical_id,
       similarity = excluded.similarity, kind = excluded.kind, diff_json = excluded.diff_json`,
    [articleId, link.canonicalId, link.similarity, link.kind, JSON.stringify(link.diff)],
  );
}
