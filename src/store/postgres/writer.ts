import type { Doc } from '../../doc/types.js';
import { isoInstant } from '../shared/instant.js';
import { articleRow } from '../rows.js';
import type { PgCorpusRecorder } from './corpus/recorder.js';
import { CORPUS_LOCK } from './corpus/recorder.js';
import { PG_LAYERS } from './rows.js';
import { run, value, type Db } from './sql.js';
import { storableDoc } from './well-formed.js';

/**
 * Writes one article, its layer rows and its corpus update; the caller wraps it in a transaction (with the
 * journal row, for an ingest). Returns false, writing nothing, when the id is already stored: a second
 * process storing the same article at the same moment waits for the first one's commit, then sees it.
 *
 * The article and layer rows go in before the corpus lock, so processes insert in parallel; only the
 * corpus update (duplicates, stories, entities, claims) runs one process at a time.
 */
export async function writeArticle(
  db: Db,
  recorder: PgCorpusRecorder,
  given: Doc,
  origin: string | undefined,
  createdAt: string,
): Promise<boolean> {
  let a = articleRow(given, origin, createdAt);
  const doc = storableDoc(given, a.doc_json ?? '');
  if (doc !== given) a = articleRow(doc, origin, createdAt);
  const seq = await value<number>(
    db,
    `INSERT INTO articles (id, uri, site, title, published, published_at, text, doc_json, origin, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING seq`,
    [
      a.id,
      a.uri,
      a.site,
      a.title,
      a.published,
      isoInstant(a.published),
      a.text,
      a.doc_json,
      a.origin,
      a.created_at,
    ],
  );
  if (seq === undefined) return false;
  for (const layer of PG_LAYERS) {
    const layerRows = layer.rows(doc);
    const first = layerRows[0];
    if (!first) continue;
    // One statement per table: the rows go as one JSON array, read back as the table's row type.
    const columns = Object.keys(first)
      .map((c) => `"${c}"`)
      .join(', ');
    await run(
      db,
      `INSERT INTO ${layer.table} (${columns})
       SELECT ${columns} FROM json_populate_recordset(NULL::${layer.table}, $1::json)`,
      [JSON.stringify(layerRows)],
    );
  }
  await db.query(CORPUS_LOCK);
  await recorder.record(db, doc);
  return true;
}
