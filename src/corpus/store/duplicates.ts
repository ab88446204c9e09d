import type { Doc, Removal } from '../../doc/types.js';
import { diffDuplicate, sameWords, type DuplicateDiff } from './diff.js';
import type { PersistentLshIndex } from './lsh-index.js';
import type { Statements } from './sql.js';

/**
 * How a copy relates to its canonical: `syndicated` when both sites are known and differ (a wire story run
 * by another outlet), else `exact` when the clean texts have the same words, else `near`.
 */
export type DuplicateKind = 'exact' | 'near' | 'syndicated';

export interface DuplicateLink {
  canonicalId: string;
  similarity: number;
  kind: DuplicateKind;
  diff: DuplicateDiff;
}

interface CanonicalRow {
  text: string;
  site: string | null;
  removed: string | null;
}

/**
 * Finds the article `doc` copies, if any, and links it to that article's canonical: the first stored
 * article of the copies (a copy of a copy points at the original, so a family has one canonical).
 */
export function findDuplicate(
  sql: Statements,
  lsh: PersistentLshIndex,
  doc: Doc,
  signature: Uint32Array,
): DuplicateLink | undefined {
  const matches = lsh.nearDuplicates(signature);
  if (matches.length === 0) return undefined;
  const canonicalOf = sql.get('SELECT canonical_id FROM duplicates WHERE article_id = ?').pluck();
  const seqOf = sql.get('SELECT seq FROM articles WHERE id = ?').pluck();
  let canonicalId: string | undefined;
  let firstSeq = Infinity;
  for (const match of matches) {
    const id = (canonicalOf.get(match.id) as string | undefined) ?? match.id;
    const seq = seqOf.get(id) as number | undefined;
    if (seq !== undefined && seq < firstSeq) [canonicalId, firstSeq] = [id, seq];
  }
  if (canonicalId === undefined) return undefined;
  const row = sql
    .get(`SELECT text, site, json_extract(doc_json, '$.removed') AS removed FROM articles WHERE id = ?`)
    .get(canonicalId) as CanonicalRow;
  const removed = JSON.parse(row.removed ?? '[]') as Removal[];
  const similarity =
    lsh.similarity(signature, canonicalId) ?? matches.find((m) => m.id === canonicalId)?.similarity ?? 0;
  const site = doc.source.site ?? doc.meta.site;
  const kind: DuplicateKind =
    site && row.site && site !== row.site ? 'syndicated' : sameWords(doc.text, row.text) ? 'exact' : 'near';
  return {
    canonicalId,
    similarity,
    kind,
    diff: diffDuplicate({ text: doc.text, removed: doc.removed }, { text: row.text, removed }),
  };
}

export function saveDuplicate(sql: Statements, articleId: string, link: DuplicateLink): void {
  sql
    .get(
      `INSERT OR REPLACE INTO duplicates (article_id, canonical_id, similarity, kind, diff_json)
       VALUES (?, ?, ?, ?, ?)`,
    )
    .run(articleId, link.canonicalId, link.similarity, link.kind, JSON.stringify(link.diff));
}
