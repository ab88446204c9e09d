/**
 * `compiled` (src/store/sql/compiled.ts) reuses the text Kysely printed for the first query of a shape: the
 * reused text and the values bound must be exactly what Kysely's own compile gives, for every dialect and for
 * shapes that differ only in a literal, a list's length or a nested fragment.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from 'kysely';
import { compiled } from '../../src/store/sql/compiled.js';
import type { Db, Sql, Tables } from '../../src/store/sql/db.js';

/** A Kysely that compiles only (no connection), as Kysely documents for building SQL text. */
const compileOnly = (postgres: boolean): Db =>
  new Kysely<Tables>({
    dialect: {
      createAdapter: () => (postgres ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (postgres ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (postgres ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });

const order = sql`a.seq`;
/** One call site, so every query it builds shares the template's fragment array. */
const query = (id: string, ids: readonly number[], limit: number, tail: Sql): Sql =>
  sql`SELECT ${order} FROM articles a WHERE a.id = ${id} AND a.n IN (${sql.join(ids)}) ${tail}
       LIMIT ${sql.lit(limit)}`;

for (const postgres of [false, true]) {
  test(`compiled text and values match Kysely's compile (${postgres ? 'PostgreSQL' : 'SQLite'})`, () => {
    const db = compileOnly(postgres);
    const cases: Sql[] = [
      query('a', [1, 2], 5, sql`AND x = ${1}`),
      query('b', [3, 4], 5, sql`AND x = ${2}`), // same shape: the cached text
      query('c', [5, 6, 7], 5, sql`AND x = ${3}`), // a longer list
      query('d', [8], 9, sql`AND x = ${4}`), // another literal
      query('e', [9], 9, sql``), // another nested fragment
      query('f', [1, 2], 5, sql`AND x = ${5}`), // the first shape again
      sql`SELECT ${sql.ref('a.id')} FROM ${sql.table('articles')} WHERE id = ${'g'}`, // compiled whole
      sql`SELECT ${sql.lit("it's")}, ${sql.lit(1)}`,
      sql`SELECT ${sql.lit('1')}, ${sql.lit(1)}`, // a string and a number literal differ
    ];
    for (const built of cases) {
      const mine = compiled(db, built);
      const kysely = built.compile(db);
      assert.equal(mine.sql, kysely.sql);
      assert.deepEqual([...mine.parameters], [...kysely.parameters]);
    }
  });
}
