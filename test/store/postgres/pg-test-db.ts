/**
 * A PostgreSQL server for the store tests: `NEWSGRAPH_TEST_PG_URL` names it. Without it the tests are
 * skipped with a message, except under CI (`CI` set), where a missing server fails them loudly.
 * Each test gets a fresh schema (created here, dropped after), so runs never see each other's rows.
 */
import { userInfo } from 'node:os';
import pg from 'pg';

export const PG_URL = process.env.NEWSGRAPH_TEST_PG_URL;

/** `skip` for `describe`: a reason when there is no server and we are not under CI, else false. */
export const skipWithoutPg: string | false =
  PG_URL || process.env.CI
    ? false
    : 'PostgreSQL tests skipped: set NEWSGRAPH_TEST_PG_URL (e.g. postgres:///newsgraph_test?host=/var/run/postgresql)';

/** The server's URL, or a loud failure under CI when it is not set. */
export function serverUrl(): string {
  if (!PG_URL)
    throw new Error('NEWSGRAPH_TEST_PG_URL is not set: the PostgreSQL store tests need a server under CI');
  return PG_URL;
}

export interface TestSchema {
  /** A URL whose connections use the fresh schema (`options=-c search_path=…`). */
  url: string;
  schema: string;
  drop(): Promise<void>;
}

/** Creates an empty schema with a unique name; `drop` removes it and everything in it. */
export async function freshSchema(): Promise<TestSchema> {
  const base = serverUrl();
  const schema = `ng_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(base, `CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const drop = async (): Promise<void> => void (await admin(base, `DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  return { url: url.toString(), schema, drop };
}

/** Runs one statement on its own connection. */
export async function admin(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  pg.defaults.user ??= process.env.USER ?? userInfo().username;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** Runs one query inside the test schema. */
export async function inSchema<T extends pg.QueryResultRow>(
  test: TestSchema,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  return (await admin(test.url, sql, values)).rows as T[];
}
