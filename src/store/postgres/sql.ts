import type { ClientBase, QueryResultRow } from 'pg';

/** A connection or pool client: where a query runs (a transaction's client, so its writes share it). */
export type Db = Pick<ClientBase, 'query'>;

/** A statement parameter as node-postgres sends it. */
export type Value = string | number | boolean | null | Buffer | readonly unknown[];

/** Each distinct SQL text gets one statement name: PostgreSQL then plans it once per connection. */
const names = new Map<string, string>();
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `ng${names.size + 1}`));
  return name;
}

/** Rows of a statement (prepared once per connection under a name derived from its text). */
export async function rows<T extends QueryResultRow>(
  db: Db,
  sql: string,
  values: Value[] = [],
): Promise<T[]> {
  const result = await db.query<T>({ name: statementName(sql), text: sql, values: values as unknown[] });
  return result.rows;
}

/** The first row, or undefined. */
export async function row<T extends QueryResultRow>(
  db: Db,
  sql: string,
  values: Value[] = [],
): Promise<T | undefined> {
  return (await rows<T>(db, sql, values))[0];
}

/** The first column of the first row, or undefined when there is no row. */
export async function value<T>(db: Db, sql: string, values: Value[] = []): Promise<T | undefined> {
  const first = await row<Record<string, T>>(db, sql, values);
  return first === undefined ? undefined : Object.values(first)[0];
}

/** Runs a statement for its effect; returns how many rows it touched. */
export async function run(db: Db, sql: string, values: Value[] = []): Promise<number> {
  const result = await db.query({ name: statementName(sql), text: sql, values: values as unknown[] });
  return result.rowCount ?? 0;
}

/** Positional parameters collected while a query is built: `add` returns the `$n` to put in the SQL. */
export class Params {
  readonly values: Value[] = [];

  add(value: Value): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The conditions of a WHERE clause, added one filter at a time, with their parameters in `params`. */
export class Where {
  private readonly clauses: string[];

  constructor(
    readonly params: Params = new Params(),
    fixed: readonly string[] = [],
  ) {
    this.clauses = [...fixed];
  }

  /** Adds the clause `build($n)` when `value` is given (not undefined, not empty). */
  when(value: string | undefined, build: (param: string) => string): this {
    if (value === undefined || value === '') return this;
    this.clauses.push(build(this.params.add(value)));
    return this;
  }

  /** Adds a condition that needs no parameter, or whose parameters were added already. */
  and(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  get sql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}
