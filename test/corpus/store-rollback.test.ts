/**
 * The clusterer's memory must follow the database: when the transaction around an article's write rolls
 * back (here the ingest journal's row fails after the corpus update), the story it was given in memory is
 * forgotten. On SQLite here; `test/store/postgres/corpus.test.ts` checks the same on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SqliteStore } from '../../src/store/index.js';
import { eventDoc } from './event-docs.js';

const doc = (uri: string, text: string) => eventDoc({ uri, text, people: [] });

describe('corpus state after a rollback', () => {
  it('does not keep a story for an article whose transaction rolled back', async () => {
    const store = SqliteStore.open(':memory:');
    const storyOf = async (id: string) => (await store.getArticleCorpus(id))?.story?.id;
    const run = await store.startIngestRun([]);
    const first = doc('x:1', 'The central bank raised interest rates by half a point to fight inflation.');
    await store.putIngested(first, { run, inputKey: '1' });
    const lost = doc(
      'x:2',
      'A volcano erupted on the island overnight, sending ash over the fishing villages.',
    );
    // The journal row names a run that does not exist: it fails after the corpus update, and all rolls back.
    await assert.rejects(store.putIngested(lost, { run: run + 1000, inputKey: '2' }), {
      code: 'STORE_FAILED',
    });
    assert.equal(await store.getArticleCorpus(lost.id), undefined);
    assert.equal(await store.count(), 1);
    const next = doc('x:3', 'The football club appointed a new manager after a run of heavy defeats.');
    await store.putIngested(next, { run, inputKey: '3' });
    assert.deepEqual([await storyOf(first.id), await storyOf(next.id)], ['s1', 's2']);
    await store.close();
  });
});
