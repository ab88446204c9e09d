import { sql } from 'kysely';
import type { Doc } from '../../doc/types.js';
import { first, type Db } from '../sql/db.js';

/**
 * The independent source an article counts as: its outlet (site name, else the URL's host, `www.` and case
 * aside), else the article itself. A copy counts as its canonical article's outlet, so a near-duplicate,
 * even syndicated elsewhere, is never a second source.
 */
export async function outletOf(db: Db, doc: Doc, canonicalId: string | undefined): Promise<string> {
  if (canonicalId === undefined) return outlet(doc.source.site ?? doc.meta.site, doc.source.uri, doc.id);
  const row = await first<{ site: string | null; uri: string | null }>(
    db,
    sql`SELECT site, uri FROM articles WHERE id = ${canonicalId}`,
  );
  return outlet(row?.site ?? undefined, row?.uri ?? undefined, canonicalId);
}

function outlet(site: string | undefined, uri: string | undefined, articleId: string): string {
  const named = site?.trim() || hostOf(uri);
  return named ? named.toLowerCase().replace(/^www\./, '') : `article:${articleId}`;
}

function hostOf(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  try {
    return new URL(uri).hostname || undefined;
  } catch {
    return undefined;
  }
}
