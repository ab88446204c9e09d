import { CompiledQuery, sql } from 'kysely';
import { immediateRunner, type Db } from './db.js';

export type Row = Record<string, unknown>;

/** Bound values per statement, at most: SQLite's limit (PostgreSQL's is 65,535). */
const MAX_PARAMETERS = 32_766;

/** Statement texts by shape, per dialect (each writes its own placeholders); at most this many kept. */
const TEXTS_KEPT = 500;
const texts = new WeakMap<object, Map<string, string>>();

/**
 * Inserts `rows` (all with the first one's columns) into `table` in order, `suffix` after the values (an
 * `ON CONFLICT` or `RETURNING` clause), and returns what `RETURNING` gives. Over a network (PostgreSQL) the
 * rows go in one statement (as many as its parameters allow): a round trip costs more than the parse. Run
 * at once (SQLite's write path), one prepared statement per row is faster: binding is cheap, and a multi-row
 * VALUES costs SQLite a compound select per row.
 */
export async function insertRows<T = Row>(
  db: Db,
  table: string,
  rows: readonly Row[],
  suffix = '',
): Promise<T[]> {
  const columns = Object.keys(rows[0] ?? {});
  if (rows.length === 0) return [];
  const returned: T[] = [];
  const runner = immediateRunner(db);
  if (runner) {
    const text = statementText(db, table, columns, 1, suffix);
    for (const row of rows) {
      const result = runner.query(
        text,
        columns.map((c) => row[c]),
      );
      if (result.length > 0) returned.push(...(result as T[]));
    }
    return returned;
  }
  const batch = Math.floor(MAX_PARAMETERS / columns.length);
  for (let i = 0; i < rows.length;) {
    const values = rows.slice(i, (i += batch)).flatMap((row) => columns.map((c) => row[c]));
    const text = statementText(db, table, columns, values.length / columns.length, suffix);
    returned.push(...(await db.executeQuery<T>(CompiledQuery.raw(text, values))).rows);
  }
  return returned;
}

function statementText(db: Db, table: string, columns: string[], size: number, suffix: string): string {
  const adapter = db.getExecutor().adapter;
  let known = texts.get(adapter);
  if (!known || known.size >= TEXTS_KEPT) texts.set(adapter, (known = new Map()));
  const key = `${table}(${columns.join()})${size} ${suffix}`;
  let text = known.get(key);
  if (text === undefined) {
    const row = sql`(${sql.join(columns.map(() => null))})`;
    const names = sql.join(columns.map((c) => sql.ref(c)));
    const insert = sql`INSERT INTO ${sql.table(table)} (${names}) VALUES ${sql.join(Array<typeof row>(size).fill(row))}`;
    known.set(key, (text = sql`${insert} ${sql.raw(suffix)}`.compile(db).sql));
  }
  return text;
}
