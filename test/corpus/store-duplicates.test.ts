/**
 * Store-time near-duplicates, through the full pipeline: a copy of the seed article with a "Share this"
 * line and a photo caption added is linked to the seed, with what it adds; the link survives a restart
 * (the LSH index is in the database), and an unrelated article is linked to nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/store/index.js';
import { CAPTION, copyOfSeed, SEED, SHARE, UNRELATED } from './texts.js';

describe('store-time duplicates', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('links a copy of the seed with a share line and a caption to the seed, with its differences', async () => {
    const path = join(dir, 'dup.db');
    const meta = { published: '2025-08-14' };
    const seed = analyze({ kind: 'text', content: SEED, meta });
    const copy = analyze({ kind: 'text', content: copyOfSeed(), meta });
    const other = analyze({ kind: 'text', content: UNRELATED, meta });
    assert.notEqual(seed.id, copy.id);

    let store = SqliteStore.open(path);
    await store.put(seed);
    await store.put(copy);
    await store.close();
    store = SqliteStore.open(path); // the LSH index and links are stored, not held in memory
    await store.put(other);

    const corpus = await store.getArticleCorpus(copy.id);
    assert.ok(corpus?.duplicateOf, 'the copy is linked');
    assert.equal(corpus.duplicateOf.id, seed.id);
    assert.ok(corpus.duplicateOf.similarity >= 0.8, String(corpus.duplicateOf.similarity));
    const { diff } = corpus.duplicateOf;
    const added = [...diff.addedLines, ...diff.removedFromCopy.map((r) => r.text)];
    assert.ok(added.includes(SHARE), `share line among the additions: ${JSON.stringify(diff)}`);
    assert.ok(added.includes(CAPTION), `caption among the additions: ${JSON.stringify(diff)}`);
    assert.deepEqual(diff.droppedLines, []);
    assert.equal(diff.wordsDropped, 0);

    const original = await store.getArticleCorpus(seed.id);
    assert.deepEqual(
      original?.duplicates.map((d) => d.id),
      [copy.id],
    );
    assert.equal(original?.story?.id, corpus.story?.id, 'a copy is in its canonical story');
    const unrelated = await store.getArticleCorpus(other.id);
    assert.equal(unrelated?.duplicateOf, undefined);
    assert.deepEqual(unrelated?.duplicates, []);
    assert.notEqual(unrelated?.story?.id, original?.story?.id);
    await store.close();
  });
});
