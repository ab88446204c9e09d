import { pending, type Migration } from '../schema/migrations.js';
import { PG_MIGRATIONS } from './schema.js';
import type { ClientBase } from 'pg';

/** A connection (migrating runs its own transaction on it). */
type Db = Pick<ClientBase, 'query'>;

/** Advisory lock key taken while migrating, so two processes opening a new database do not both migrate. */
const MIGRATE_LOCK = `hashtext(current_schema() || ':newsgraph-migrate')`;

/**
 * Brings the schema to the newest version, all in one transaction (PostgreSQL DDL is transactional) under an
 * advisory lock: a failed migration leaves the previous version intact, and a second process opening the
 * same new database waits, then finds it migrated. Returns the versions applied.
 */
export async function migratePg(
  db: Db,
  name: string,
  migrations: readonly Migration[] = PG_MIGRATIONS,
): Promise<number[]> {
  const latest = migrations.at(-1)?.version ?? 0;
  await db.query('BEGIN');
  try {
    await db.query(`SELECT pg_advisory_xact_lock(${MIGRATE_LOCK})`);
    await db.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const applied: number[] = [];
    for (const migration of pending(migrations, await pgSchemaVersion(db), name)) {
      await db.query(migration.sql);
      applied.push(migration.version);
    }
    if (applied.length > 0) {
      await db.query('DELETE FROM schema_version');
      await db.query('INSERT INTO schema_version (version) VALUES ($1)', [latest]);
    }
    await db.query('COMMIT');
    return applied;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** The schema version recorded in the database (0 for none). */
export async function pgSchemaVersion(db: Db): Promise<number> {
  const result = await db.query<{ version: number }>(
    `SELECT coalesce(max(version), 0) AS version FROM schema_version`,
  );
  return result.rows[0]?.version ?? 0;
}

/** True when the connected schema has newsgraph's tables (a database a read-only command may open). */
export async function hasNewsgraphSchema(db: Db): Promise<boolean> {
  const result = await db.query<{ found: boolean }>(
    `SELECT to_regclass('schema_version') IS NOT NULL AS found`,
  );
  return result.rows[0]?.found ?? false;
}
