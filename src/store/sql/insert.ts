import { CompiledQuery, sql } from 'kysely';
import { immediateRunner, type Db } from './db.js';
import type { SqlDialect } from './dialect.js';

/** A row to insert; a JSON column holds its value (array or object), not JSON text. */
export type Row = Record<string, unknown>;

/** Statement texts by shape, per dialect (each writes its own placeholders); at most this many kept. */
const TEXTS_KEPT = 500;
const texts = new WeakMap<object, Map<string, string>>();

/** A value as a bound parameter: JSON columns as JSON text (node-postgres would send an array as an SQL array). */
const bindable = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !(value instanceof Uint8Array)
    ? JSON.stringify(value)
    : value;

/**
 * Inserts `rows` (all with the first one's columns) into `table` in order, `suffix` after the values (an
 * `ON CONFLICT` or `RETURNING` clause), and returns what `RETURNING` gives. Run at once (SQLite's write
 * path), one prepared statement per row: binding is cheap, and a multi-row VALUES costs SQLite a compound
 * select per row. Over a network (PostgreSQL) a round trip costs more than the parse, so several rows go in
 * one statement of a fixed text whose one parameter is the rows as JSON (`SqlDialect.insertJson`): a
 * VALUES list would be a new, longer text to parse for every row count.
 */
export async function insertRows<T = Row>(
  db: Db,
  dialect: SqlDialect,
  table: string,
  rows: readonly Row[],
  suffix = '',
): Promise<T[]> {
  const columns = Object.keys(rows[0] ?? {});
  if (rows.length === 0) return [];
  const runner = immediateRunner(db);
  if (runner || rows.length === 1 || !dialect.insertJson) {
    const returned: T[] = [];
    const text = valuesText(db, table, columns, suffix);
    for (const row of rows) {
      const values = columns.map((c) => bindable(row[c]));
      const result = runner
        ? (runner.query(text, values) as T[])
        : (await db.executeQuery<T>(CompiledQuery.raw(text, values))).rows;
      if (result.length > 0) returned.push(...result);
    }
    return returned;
  }
  const text = dialect.insertJson(table, columns, suffix);
  return (await db.executeQuery<T>(CompiledQuery.raw(text, [JSON.stringify(rows)]))).rows;
}

/** `INSERT INTO table (columns) VALUES (one row) suffix`, compiled once per shape and dialect. */
function valuesText(db: Db, table: string, columns: string[], suffix: string): string {
  const adapter = db.getExecutor().adapter;
  let known = texts.get(adapter);
  if (!known || known.size >= TEXTS_KEPT) texts.set(adapter, (known = new Map()));
  const key = `${table}(${columns.join()}) ${suffix}`;
  let text = known.get(key);
  if (text === undefined) {
    const names = sql.join(columns.map((c) => sql.ref(c)));
    const insert = sql`INSERT INTO ${sql.table(table)} (${names}) VALUES (${sql.join(columns.map(() => null))})`;
    known.set(key, (text = sql`${insert} ${sql.raw(suffix)}`.compile(db).sql));
  }
  return text;
}
