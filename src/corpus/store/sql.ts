import type { Database, Statement } from 'better-sqlite3';

/** The SQLite connection the corpus tables live in (the store's own, so its writes share the transaction). */
export type Db = Database;

/** Prepares each SQL text once per connection: the corpus runs the same few statements for every article. */
export class Statements {
  private readonly cache = new Map<string, Statement>();

  constructor(readonly db: Db) {}

  get(sql: string): Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
