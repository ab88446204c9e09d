import type { Database, Statement } from 'better-sqlite3';
import type { DateRange } from '../../queries.js';

/** Named parameters of a query: what better-sqlite3 binds to `@name`. */
export type Params = Record<string, string | number>;

/** The conditions of a WHERE clause and their parameters, added one filter at a time. */
export class Where {
  private readonly clauses: string[];
  readonly params: Params = {};

  /** `fixed`: conditions that always apply (no parameters). */
  constructor(fixed: readonly string[] = []) {
    this.clauses = [...fixed];
  }

  /** Adds `clause` (which uses `@name`) when `value` is given. */
  when(value: string | undefined, name: string, clause: string): this {
    if (value === undefined || value === '') return this;
    this.clauses.push(clause);
    this.params[name] = value;
    return this;
  }

  /** A copy with one more condition and its parameters (the original is left as it was). */
  plus(clause: string, params: Params): Where {
    const copy = new Where();
    copy.clauses.push(...this.clauses, clause);
    Object.assign(copy.params, this.params, params);
    return copy;
  }

  get sql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

/** A bare ISO date (no time): as an upper bound it includes that whole day. */
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `from`/`to` bounds on the julian day of `dateExpr`. SQLite's julianday reads ISO dates and date-times with
 * `Z` or `±HH:MM` offsets, so dates given in different zones compare as instants.
 */
export function dateRange(where: Where, range: DateRange, dateExpr: string): Where {
  where.when(range.from, 'from', `${dateExpr} >= julianday(@from)`);
  const toClause =
    range.to !== undefined && BARE_DATE.test(range.to)
      ? `${dateExpr} < julianday(@to, '+1 day')`
      : `${dateExpr} <= julianday(@to)`;
  return where.when(range.to, 'to', toClause);
}

/** Newest publication first, undated last, then in storage order: the order every listing uses. */
export const NEWEST_FIRST = 'a.published IS NULL, a.published DESC, a.seq';

/** Caches prepared statements by SQL text: filters combine into a handful of distinct queries. */
export function statementCache(db: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** SQLite's NULL as an absent optional field. */
export function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** Copies `row` leaving out null columns, so optional fields are absent rather than null in JSON. */
export function withoutNulls<T extends object>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
