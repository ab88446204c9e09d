/**
 * Store-time story assignment through the full pipeline: three reports of one event and one unrelated
 * article form two stories, and after a restart (clusterer state rebuilt from stored rows) a fourth
 * report still joins the first story.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../src/pipeline.js';
import { listings, SqliteStore } from '../../src/store/index.js';

import { CHESS, FERRY, LATE_FERRY } from './texts.js';

describe('store-time stories', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-stories-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('groups three reports of one event apart from an unrelated article, and keeps doing so after a restart', async () => {
    const path = join(dir, 'stories.db');
    // The unrelated article first: a clusterer that forgot the stored stories would call its first new story
    // `s1`, the chess story's id, and the check after the restart would fail.
    const docs = [CHESS, FERRY[0]!, FERRY[1]!, FERRY[2]!].map((content, i) =>
      analyze({ kind: 'text', content, uri: `https://example.org/${i}`, meta: { published: '2025-05-11' } }),
    );
    let store = SqliteStore.open(path);
    for (const doc of docs) await store.put(doc);
    const page = await store.query(listings.corpusStories);
    assert.equal(page.total, 2);
    const [ferry, chess] = page.items;
    assert.equal(ferry?.articleCount, 3);
    assert.equal(chess?.articleCount, 1);
    assert.deepEqual([ferry?.from, ferry?.to], ['2025-05-11', '2025-05-11']);
    const storyOf = async (id: string) => (await store.getArticleCorpus(id))?.story?.id;
    assert.equal(await storyOf(docs[1]!.id), ferry?.id);
    assert.equal(await storyOf(docs[0]!.id), chess?.id);
    assert.ok(
      ferry?.topEntities.some((e) => /Sulawesi|Manado|Indonesia/.test(e.name)),
      JSON.stringify(ferry?.topEntities),
    );
    await store.close();

    store = SqliteStore.open(path);
    const late = analyze({ kind: 'text', content: LATE_FERRY, meta: { published: '2025-05-13' } });
    await store.put(late);
    assert.equal(await storyOf(late.id), ferry?.id, 'joins the stored story after a restart');
    const after = await store.query(listings.corpusStories);
    assert.equal(after.total, 2);
    assert.deepEqual([after.items[0]?.articleCount, after.items[0]?.to], [4, '2025-05-13']);
    await store.close();
  });
});
