import type { Database, Statement, Transaction } from 'better-sqlite3';
import { recordInCorpus } from '../../corpus/store-hooks.js';
import type { Doc } from '../../doc/types.js';
import { ARTICLE_COLUMNS, articleRow, LAYERS } from '../rows.js';

/** An insert statement for `table` whose named parameters are `columns`. */
function insert(db: Database, table: string, columns: readonly string[]): Statement {
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`INSERT INTO ${table} (${quoted}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
}

/**
 * Writes one article and all its layer rows in a single transaction: if any insert fails, nothing of the
 * article is left behind. Returns false (writing nothing) when the id is already stored.
 */
export function articleWriter(
  db: Database,
): Transaction<(doc: Doc, origin: string | undefined, createdAt: string) => boolean> {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const article = insert(db, 'articles', ARTICLE_COLUMNS);
  const statements = new Map<string, Statement>();
  const statementFor = (table: string, row: Record<string, unknown>): Statement => {
    let statement = statements.get(table);
    if (!statement) {
      statement = insert(db, table, Object.keys(row));
      statements.set(table, statement);
    }
    return statement;
  };
  return db.transaction((doc: Doc, origin: string | undefined, createdAt: string): boolean => {
    if (exists.get(doc.id) !== undefined) return false;
    article.run(articleRow(doc, origin, createdAt));
    for (const layer of LAYERS) {
      for (const row of layer.rows(doc)) statementFor(layer.table, row).run(row);
    }
    recordInCorpus(db, doc); // duplicates, story, cross-article entities, corroboration: same transaction
    return true;
  });
}
