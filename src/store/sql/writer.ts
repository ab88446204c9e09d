import { sql } from 'kysely';
import type { Doc } from '../../doc/types.js';
import type { CorpusRecorder } from '../corpus/recorder.js';
import { articleRow, LAYERS } from '../rows.js';
import { isoInstant } from '../shared/instant.js';
import { first, type Db, type Sql } from './db.js';
import type { SqlDialect } from './dialect.js';

/** Rows per INSERT: most layers of an article in one statement, far below either engine's parameter limit. */
const ROWS_PER_INSERT = 100;

/** PostgreSQL's instant columns (`SqlDialect.keepsInstants`), each filled from the ISO text column beside it. */
const INSTANTS: Record<string, { column: string; from: string }> = {
  articles: { column: 'published_at', from: 'published' },
  timexes: { column: 'value_at', from: 'value' },
};

type Row = Record<string, unknown>;

/**
 * Writes one article, its layer rows and its corpus update; the caller runs it in a write transaction (with
 * the journal row, for an ingest). Returns false, writing nothing, when the id is already stored: a second
 * process storing the same article at the same moment waits for the first one's commit, then sees it.
 *
 * The article and layer rows go in before the corpus lock, so PostgreSQL processes insert in parallel; only
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
  const stored = await first(
    db,
    sql`${insert('articles', withInstants('articles', [article]))} ON CONFLICT (id) DO NOTHING RETURNING seq`,
  );
  if (stored === undefined) return false;
  for (const { table, rows } of LAYERS) {
    const layerRows = withInstants(table, rows(doc));
    for (let i = 0; i < layerRows.length; i += ROWS_PER_INSERT) {
      await insert(table, layerRows.slice(i, i + ROWS_PER_INSERT)).execute(db);
    }
  }
  if (dialect.corpusLock) await dialect.corpusLock.execute(db);
  await recorder.record(db, doc);
  return true;
}

/** One INSERT of `rows` (at least one, all with the first one's columns) into `table`. */
function insert(table: string, rows: readonly Row[]): Sql {
  const columns = Object.keys(rows[0]!);
  const values = rows.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`);
  return sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(values)}`;
}
