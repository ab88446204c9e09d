import { CompiledQuery, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Bounds } from '../page.js';
import { compiled } from './compiled.js';

/**
 * The one query layer both engines run (Kysely): the same SQL text, with parameters bound as each driver
 * wants them (`?` for better-sqlite3, `$n` for node-postgres). Queries are written with Kysely's `sql`
 * template, so a value is always a bound parameter and never spliced into the text. A constant LIMIT of the
 * write path is a literal (`sql.lit`): SQLite runs a statement with a bound LIMIT several times slower (the
 * corpus catch-up query 0.24 against 0.05 ms).
 */
export type Tables = Record<string, Record<string, unknown>>;
export type Db = Kysely<Tables>;

/** A fragment of SQL with its parameters. */
export type Sql = RawBuilder<unknown>;

/**
 * The row a query selects for the result `T`, derived rather than declared again: each optional field is a
 * column that may be NULL (`withoutNulls` turns the row back into `T`).
 */
export type RowOf<T> = {
  [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K];
};

/**
 * Runs a statement at once, on the spot (better-sqlite3): what a SQLite write transaction lends the
 * connection it holds (`runsAtOnce`), so the write path's many small statements skip Kysely's async
 * executor. Only that connection: other readers keep waiting for the transaction's end.
 */
export interface ImmediateRunner {
  /** The statement's rows (none for a statement that returns no data). */
  query(text: string, parameters: readonly unknown[]): unknown[];
}

const immediate = new WeakMap<Db, ImmediateRunner>();

/** `db` (a connection held by a write transaction) with its statements run by `runner` from now on. */
export function runsAtOnce(db: Db, runner: ImmediateRunner): Db {
  immediate.set(db, runner);
  return db;
}

/** The runner `db` was lent, if any. */
export const immediateRunner = (db: Db): ImmediateRunner | undefined => immediate.get(db);

/** A query over a connection: the connection first, then its own arguments. */
type Query = (db: Db, ...args: never[]) => Promise<unknown>;

/** Each of `queries` with its connection given by `read` (the store's), as a caller calls it. */
export type Bound<Q extends Record<string, Query>> = {
  [K in keyof Q]: Q[K] extends (db: Db, ...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<R>
    : never;
};

export function bound<Q extends Record<string, Query>>(
  read: <T>(fn: (db: Db) => Promise<T>) => Promise<T>,
  queries: Q,
): Bound<Q> {
  const calls = Object.entries(queries).map(([name, query]) => [
    name,
    (...args: never[]) => read((db) => query(db, ...args)),
  ]);
  return Object.fromEntries(calls) as Bound<Q>;
}

/** The rows a query returns. */
export async function rows<T>(db: Db, query: RawBuilder<unknown>): Promise<T[]> {
  const { sql: text, parameters } = compiled(db, query);
  const runner = immediate.get(db);
  if (!runner) return (await db.executeQuery<T>(CompiledQuery.raw(text, [...parameters]))).rows;
  return runner.query(text, parameters) as T[];
}

/** Runs a statement whose rows are not wanted. */
export async function exec(db: Db, query: RawBuilder<unknown>): Promise<void> {
  await rows(db, query);
}

/** The first row, or undefined. */
export async function first<T>(db: Db, query: RawBuilder<unknown>): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** A `count(*)`-like single number (PostgreSQL's bigint arrives as a number: see `postgres/pool.ts`). */
export async function count(db: Db, query: RawBuilder<unknown>): Promise<number> {
  const row = await first<Record<string, unknown>>(db, query);
  return Number(row === undefined ? 0 : (Object.values(row)[0] ?? 0));
}

/** One page of a listing: the rows of `select` and how many rows `from … where` has in all. */
export async function paged<R>(db: Db, select: Sql, from: Sql, where: Sql, order: Sql, page: Bounds) {
  const found = await rows<R>(
    db,
    sql`SELECT ${select} ${from} ${where} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  return { rows: found, total: await count(db, sql`SELECT count(*) ${from} ${where}`) };
}

/** The conditions of a WHERE clause, added one filter at a time. */
export class Where {
  private readonly clauses: Sql[];

  constructor(fixed: readonly Sql[] = []) {
    this.clauses = [...fixed];
  }

  /** Adds `build(value)` when `value` is given (not undefined, not empty). */
  when(value: string | undefined, build: (value: string) => Sql): this {
    if (value !== undefined && value !== '') this.clauses.push(build(value));
    return this;
  }

  and(clause: Sql): this {
    this.clauses.push(clause);
    return this;
  }

  /** A copy with one more condition (the original is left as it was). */
  plus(clause: Sql): Where {
    return new Where([...this.clauses, clause]);
  }

  get sql(): Sql {
    return this.clauses.length === 0 ? sql`` : sql`WHERE ${sql.join(this.clauses, sql` AND `)}`;
  }
}

/** A JSON column's value: SQLite gives the text, PostgreSQL's jsonb the parsed value. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A boolean column's value: SQLite gives 1 or 0, PostgreSQL true or false. */
export const bool = (value: unknown): boolean => value === true || value === 1;

/** NULL as an absent optional field. */
export function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** Copies `row` leaving out null columns, so optional fields are absent rather than null in JSON. */
export function withoutNulls<T extends object>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

/** Newest publication first, undated last, then in storage order: the order every listing uses. */
export const NEWEST_FIRST = sql`a.published IS NULL, a.published DESC, a.seq`;
