/**
 * What every `Store` engine must do alike, run by each engine's suite (`sqlite-store.test.ts`,
 * `postgres-store.test.ts`) against a fresh store: a Doc round-trips exactly, the same id is stored once,
 * and search finds, stems, reads titles and phrases, takes ordinary text as words, and pages. Behaviours
 * where the engines differ by design (FTS5 vs tsquery error messages, accent folding) stay in each suite.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.js';
import { sampleDoc } from './docs.js';
import { SANCTIONS, SUMMIT, WEATHER } from './texts.js';

/** Declares the shared tests; `store()` returns the fresh store the calling suite's beforeEach opened. */
export function storeContract(store: () => Store): void {
  it('round-trips a Doc exactly', async () => {
    const doc = sampleDoc(SUMMIT, { title: 'Summit in Alaska', published: '2025-08-14' });
    assert.deepEqual(await store().put(doc), { id: doc.id, inserted: true });
    assert.deepEqual(await store().get(doc.id), doc);
    assert.equal(await store().get('no-such-id'), undefined);
  });

  it('stores the same article once', async () => {
    const doc = sampleDoc(SUMMIT);
    await store().put(doc);
    const again = sampleDoc(SUMMIT);
    again.meta.title = 'A different title the second time';
    assert.deepEqual(await store().put(again), { id: doc.id, inserted: false });
    assert.equal(await store().count(), 1);
    assert.equal((await store().get(doc.id))?.meta.title, undefined, 'the first version is kept');
  });

  it("gives each article's place facts by publication, for learning home regions", async () => {
    const local = sampleDoc(SUMMIT, { uri: 'https://www.example-news.com/a' });
    Object.assign(local.places[0]!, { admin1: 'Alaska', featureClass: 'A.ADM1' });
    const other = sampleDoc('Putin met Trump in Alaska.', { uri: 'https://other.example.org/b' });
    const unplaced = sampleDoc(SANCTIONS, { uri: 'https://www.example-news.com/c' });
    for (const doc of [local, other, unplaced]) await store().put(doc);
    assert.deepEqual(await store().sitePlaces(), [
      {
        site: 'example-news.com',
        places: [{ country: 'US', admin1: 'Alaska', featureClass: 'A.ADM1', confidence: 0.9 }],
      },
      { site: 'other.example.org', places: [{ country: 'US', confidence: 0.9 }] },
    ]);
  });

  describe('search (both engines)', () => {
    beforeEach(async () => {
      await store().put(sampleDoc(SUMMIT, { title: 'Leaders meet in Alaska', published: '2025-08-14' }));
      await store().put(sampleDoc(SANCTIONS, { title: 'EU sanctions', published: '2025-08-12' }));
      await store().put(sampleDoc(WEATHER, { title: 'Weather' }));
    });

    it('finds an article by a word in its text, with a highlighted snippet', async () => {
      const hits = await store().search('productive');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.title, 'Leaders meet in Alaska');
      assert.equal(hits[0]!.published, '2025-08-14');
      assert.match(hits[0]!.snippet, /had a \[productive\] meeting/);
    });

    it('stems and folds case', async () => {
      assert.equal((await store().search('SANCTION')).length, 1);
      assert.equal((await store().search('forecaster')).length, 1);
    });

    it('searches titles too and honours phrases and OR', async () => {
      assert.equal((await store().search('title:weather')).length, 1);
      assert.equal((await store().search('alaska OR sanctions')).length, 2);
      assert.equal((await store().search('"met Trump"')).length, 1);
      assert.equal((await store().search('"Trump met"')).length, 0);
    });

    it('reads ordinary text as words', async () => {
      assert.equal((await store().search("country's")).length, 1);
      assert.equal((await store().search('south-west')).length, 1);
      assert.equal((await store().search('"unbalanced')).length, 0);
      assert.equal((await store().search('Putin (')).length, 1);
    });

    it('treats operators as words in plain syntax, and refuses empty queries and bad limits', async () => {
      assert.equal((await store().search('alaska OR sanctions', { syntax: 'plain' })).length, 0);
      await assert.rejects(store().search('   '), { code: 'BAD_ARGUMENT' });
      await assert.rejects(store().search('x', { limit: 0 }), { code: 'BAD_ARGUMENT', message: /^limit:/ });
    });

    it('pages results and lists newest first', async () => {
      const all = await store().search('said OR sanctions OR met');
      assert.equal(all.length, 3);
      assert.deepEqual(await store().search('said OR sanctions OR met', { limit: 1, offset: 1 }), [all[1]]);
      const listed = await store().list();
      assert.deepEqual(
        listed.map((a) => a.title),
        ['Leaders meet in Alaska', 'EU sanctions', 'Weather'],
      );
      assert.equal(listed[0]!.createdAt, '2025-08-20T12:00:00.000Z');
      assert.equal((await store().list({ limit: 1, offset: 2 }))[0]!.title, 'Weather');
    });
  });
}
