import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import Database from 'better-sqlite3';
import { listings, MIGRATIONS, migrate, schemaVersion, SqliteStore } from '../../src/store/index.js';
import { articleRow, entityRows, eventRows, mentionRows } from '../../src/store/rows.js';
import { sampleDoc } from '../store/docs.js';

/** Inserts `rows` into `table` by column name. */
function insertAll(db: Database.Database, table: string, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  }
}

it('schema v2 fills event cues and entity mention counts of articles stored under v1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
  const path = join(dir, 'v1.db');
  const doc = sampleDoc('Vladimir Putin met Trump in Alaska on Friday, Putin said.', {
    published: '2025-08-14',
  });
  assert.ok(doc.events.length > 0, 'the sample has an event');
  const db = new Database(path);
  migrate(db, path, MIGRATIONS.slice(0, 1));
  assert.equal(schemaVersion(db), 1);
  // The rows as version 1 wrote them: without the columns version 2 adds.
  insertAll(db, 'articles', [articleRow(doc, undefined, '2025-08-14T00:00:00Z')]);
  insertAll(
    db,
    'entities',
    entityRows(doc).map(({ mention_count: _, aliases, ...row }) => ({
      ...row,
      aliases: JSON.stringify(aliases),
    })),
  );
  insertAll(db, 'mentions', mentionRows(doc));
  insertAll(
    db,
    'events',
    eventRows(doc).map(({ cue_start: _s, cue_end: _e, cue_text: _t, ...row }) => row),
  );
  db.close();

  const store = SqliteStore.open(path);
  const events = await store.query(listings.events);
  assert.deepEqual(
    events.items.map((e) => e.cue),
    doc.events.map((e) => e.cue.text),
  );
  const putin = (await store.query(listings.entities, { q: 'putin' })).items[0];
  assert.equal(putin?.mentions, doc.mentions.filter((m) => m.entity === 'e1').length);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
