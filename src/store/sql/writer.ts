import type { Doc } from '../../doc/types.js';
import type { CorpusRecorder } from '../corpus/recorder.js';
import { articleRow, LAYERS } from '../rows.js';
import { isoInstant } from '../shared/instant.js';
import { exec, type Db } from './db.js';
import type { SqlDialect } from './dialect.js';
import { insertChain, type Row } from './insert.js';

/** PostgreSQL's instant columns (`SqlDialect.keepsInstants`), each filled from the ISO text column beside it. */
const INSTANTS: Record<string, { column: string; from: string }> = {
  articles: { column: 'published_at', from: 'published' },
  timexes: { column: 'value_at', from: 'value' },
};

/**
 * Writes one article, its layer rows and its corpus update; the caller runs it in a write transaction (with
 * the journal row, for an ingest). Returns false, writing nothing, when the id is already stored: a second
 * process storing the same article at the same moment waits for the first one's commit, then sees it.
 *
 * The article and layer rows go in first (one statement on PostgreSQL), before the corpus lock, so PostgreSQL processes insert in parallel; only
 * the corpus update (duplicates, stories, entities, claims) runs one process at a time.
 */
export async function writeArticle(
  db: Db,
  dialect: SqlDialect,
  recorder: CorpusRecorder,
  given: Doc,
  origin: string | undefined,
  createdAt: string,
): Promise<boolean> {
  let article = articleRow(given, origin, createdAt);
  const doc = dialect.storable(given, article.doc_json ?? '');
  if (doc !== given) article = articleRow(doc, origin, createdAt);
  const withInstants = (table: string, rows: Row[]): Row[] => {
    const instant = dialect.keepsInstants ? INSTANTS[table] : undefined;
    if (!instant) return rows;
    return rows.map((row) => ({ ...row, [instant.column]: isoInstant(row[instant.from] as string | null) }));
  };
  const layers = LAYERS.map(({ table, rows }) => ({ table, rows: withInstants(table, rows(doc)) }));
  const stored = await insertChain(db, dialect, [
    {
      table: 'articles',
      rows: withInstants('articles', [article]),
      suffix: 'ON CONFLICT (id) DO NOTHING RETURNING seq',
    },
    ...layers,
  ]);
  if (stored.length === 0) return false;
  if (dialect.corpusLock) await exec(db, dialect.corpusLock);
  await recorder.record(db, doc);
  return true;
}
