import { CompiledQuery, sql } from 'kysely';
import { immediateRunner, type Db } from './db.js';

export type Row = Record<string, unknown>;

/** The largest batch: 64 rows of the widest layer (17 columns) stay far below either engine's parameter limit. */
const MAX_BATCH = 64;

/** Statement texts by shape, per dialect (each writes its own placeholders). */
const texts = new WeakMap<object, Map<string, string>>();

/**
 * Inserts `rows` (all with the first one's columns) into `table` in order, `suffix` after the values (an
 * `ON CONFLICT` or `RETURNING` clause), and returns what `RETURNING` gives. The rows go in batches whose
 * sizes are powers of two (100 rows: 64 + 32 + 4), so every statement is one of a few texts per table,
 * built once and prepared once: an article's hundreds of values are bound, not parsed or compiled again.
 * Run at once (SQLite's write path), one row per statement is faster: binding is cheap, and a multi-row
 * VALUES costs SQLite a compound select per row.
 */
export async function insertRows<T = Row>(
  db: Db,
  table: string,
  rows: readonly Row[],
  suffix = '',
): Promise<T[]> {
  const columns = Object.keys(rows[0] ?? {});
  const returned: T[] = [];
  const runner = immediateRunner(db);
  if (runner) {
    const text = rows.length === 0 ? '' : statementText(db, table, columns, 1, suffix);
    for (const row of rows)
      returned.push(
        ...(runner.query(
          text,
          columns.map((c) => row[c]),
        ) as T[]),
      );
    return returned;
  }
  for (let i = 0; i < rows.length;) {
    const size = Math.min(MAX_BATCH, 2 ** Math.floor(Math.log2(rows.length - i)));
    const values = rows.slice(i, (i += size)).flatMap((row) => columns.map((c) => row[c]));
    const text = statementText(db, table, columns, size, suffix);
    returned.push(...(await db.executeQuery<T>(CompiledQuery.raw(text, values))).rows);
  }
  return returned;
}

function statementText(db: Db, table: string, columns: string[], size: number, suffix: string): string {
  const adapter = db.getExecutor().adapter;
  let known = texts.get(adapter);
  if (!known) texts.set(adapter, (known = new Map()));
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
