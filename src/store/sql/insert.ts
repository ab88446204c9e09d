import { CompiledQuery, sql } from 'kysely';
import { immediateRunner, type Db } from './db.js';
import type { SqlDialect } from './dialect.js';

/** A row to insert; a JSON column holds its value (array or object), not JSON text. */
export type Row = Record<string, unknown>;

/** Rows for one table, `suffix` after them (an `ON CONFLICT` or `RETURNING` clause). */
export interface Insert {
  table: string;
  rows: readonly Row[];
  suffix?: string;
}

/** Statement texts by shape, per dialect (each writes its own placeholders); at most this many kept. */
const TEXTS_KEPT = 500;
const texts = new WeakMap<object, Map<string, string>>();

/** A value as a bound parameter: JSON columns as JSON text (node-postgres would send an array as an SQL array). */
const bindable = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !(value instanceof Uint8Array)
    ? JSON.stringify(value)
    : value;

/** Inserts `rows` (all with the first one's columns) into `table`; returns what `suffix`'s RETURNING gives. */
export function insertRows<T = Row>(
  db: Db,
  dialect: SqlDialect,
  table: string,
  rows: readonly Row[],
  suffix = '',
): Promise<T[]> {
  return insertChain<T>(db, dialect, [{ table, rows, suffix }]);
}

/**
 * Runs the inserts in order, the later ones only when the first wrote (or returned) a row, and returns
 * what the first one's `RETURNING` gives. SQLite (run at once on the write path) binds one prepared
 * single-row insert per row: binding is cheap, and a multi-row VALUES costs it a compound select per row.
 * Over a network (PostgreSQL, `SqlDialect.rowsFromJson`) a round trip costs more than the parse, so the
 * whole chain is one statement of data-modifying CTEs, each table's rows one JSON parameter (a VALUES list
 * would be a new, longer text to parse for every row count).
 */
export async function insertChain<T = Row>(
  db: Db,
  dialect: SqlDialect,
  inserts: readonly Insert[],
): Promise<T[]> {
  const parts = inserts.filter((i) => i.rows.length > 0);
  if (parts.length === 0 || parts[0] !== inserts[0]) return [];
  const runner = immediateRunner(db);
  if (!runner && dialect.rowsFromJson) {
    const { text, values } = chainText(dialect.rowsFromJson, parts);
    return (await db.executeQuery<T>(CompiledQuery.raw(text, values))).rows;
  }
  let first: T[] = [];
  for (const [i, { table, rows, suffix = '' }] of parts.entries()) {
    const returned: T[] = [];
    const columns = Object.keys(rows[0]!);
    const text = valuesText(db, table, columns, suffix);
    for (const row of rows) {
      const values = columns.map((c) => bindable(row[c]));
      const result = runner
        ? (runner.query(text, values) as T[])
        : (await db.executeQuery<T>(CompiledQuery.raw(text, values))).rows;
      if (result.length > 0) returned.push(...result);
    }
    if (i === 0 && (first = returned).length === 0) break;
  }
  return first;
}

/**
 * PostgreSQL's one statement for `parts`: a single row's values bound one by one, more rows as one JSON
 * parameter; several parts as data-modifying CTEs, the later ones writing only when the first returned a row.
 */
function chainText(
  fromJson: (table: string, parameter: number) => string,
  parts: readonly Insert[],
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const inserts = parts.map(({ table, rows, suffix = '' }, i) => {
    const columns = Object.keys(rows[0]!);
    const list = columns.map((c) => `"${c}"`).join(', ');
    const selected =
      rows.length === 1
        ? columns.map((c) => `$${values.push(bindable(rows[0]![c]))}`).join(', ')
        : `${list} FROM ${fromJson(table, values.push(JSON.stringify(rows)))}`;
    const only = i > 0 ? ' WHERE EXISTS (SELECT 1 FROM p0)' : '';
    return `INSERT INTO ${table} (${list}) SELECT ${selected}${only} ${suffix}`;
  });
  if (inserts.length === 1) return { text: inserts[0]!, values };
  return { text: `WITH ${inserts.map((s, i) => `p${i} AS (${s})`).join(',\n')}\nSELECT * FROM p0`, values };
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
