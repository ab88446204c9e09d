import type { Database } from 'better-sqlite3';
import { pending, type Migration } from '../schema/migrations.js';
import { MIGRATIONS } from './schema.js';

/**
 * Brings the database to the newest schema. Each migration runs in its own transaction together with
 * the version bump, so a failed migration leaves the previous version intact. Returns the versions applied.
 */
export function migrate(db: Database, name: string, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const migration of pending(migrations, schemaVersion(db), name)) {
    // IMMEDIATE, and the version read again under the lock: another process may be migrating this file.
    const ran = db
      .transaction(() => {
        if (schemaVersion(db) >= migration.version) return false;
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
        return true;
      })
      .immediate();
    if (ran) applied.push(migration.version);
  }
  return applied;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
