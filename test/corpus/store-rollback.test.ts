/**
 * The clusterer's memory must follow the database: when the transaction around an article's write rolls
 * back (the ingest journal wraps the article writer), the story it was given in memory is forgotten.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/index.js';
import { articleWriter } from '../../src/store/sqlite/writer.js';
import { eventDoc } from './event-docs.js';

const doc = (uri: string, text: string) => eventDoc({ uri, text, people: [] });

describe('corpus state after a rollback', () => {
  it('does not keep a story for an article whose transaction rolled back', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const write = articleWriter(db);
    const storyOf = (id: string) =>
      db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(id);
    const first = doc('x:1', 'The central bank raised interest rates by half a point to fight inflation.');
    write(first, undefined, '2025-01-01T00:00:00Z');
    const lost = doc(
      'x:2',
      'A volcano erupted on the island overnight, sending ash over the fishing villages.',
    );
    const rolledBack = db.transaction(() => {
      write(lost, undefined, '2025-01-01T00:00:00Z');
      throw new Error('journal insert failed');
    });
    assert.throws(rolledBack, /journal insert failed/);
    assert.equal(storyOf(lost.id), undefined);
    const next = doc('x:3', 'The football club appointed a new manager after a run of heavy defeats.');
    write(next, undefined, '2025-01-01T00:00:00Z');
    assert.deepEqual([storyOf(first.id), storyOf(next.id)], ['s1', 's2']);
    db.close();
  });
});
