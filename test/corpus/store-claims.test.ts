/**
 * Store-time corroboration, contradictions and cross-article entities, on hand-built Docs (one event and
 * one quote each, see event-docs.ts): what is tested is the counting across articles, not the NLP.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listings, SqliteStore } from '../../src/store/index.js';
import { A, B, D, E } from './claim-docs.js';
import { eventDoc } from './event-docs.js';

/** A's exact copy on the same site under another URL, its "Share this" line taken out by cleaning. */
function copyOfA() {
  const copy = eventDoc({ ...A, uri: 'https://wire.example/a-copy' });
  copy.removed.push({ start: 0, end: 19, text: 'Share this article\n', reason: 'boilerplate', rule: 'test' });
  return copy;
}

describe('store-time corroboration and contradictions', () => {
  it('counts independent sources: 2 for two articles, 1 for an article and its copy; flags a date clash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-claims-'));
    const path = join(dir, 'claims.db');
    const store = SqliteStore.open(path);
    const sources = async (id: string, kind: 'event' | 'quote') =>
      (await store.getArticleCorpus(id))?.corroboration.find((c) => c.kind === kind)?.sources;
    try {
      const [a, copy, b, d, e] = [eventDoc(A), copyOfA(), eventDoc(B), eventDoc(D), eventDoc(E)];
      await store.put(a);
      await store.put(copy);
      assert.equal((await store.getArticleCorpus(copy.id))?.duplicateOf?.id, a.id);
      assert.equal(await sources(a.id, 'event'), 1, 'a copy is no second source');
      assert.equal(await sources(copy.id, 'event'), 1);
      assert.equal(await sources(a.id, 'quote'), 1);

      await store.put(b);
      const story = (await store.getArticleCorpus(a.id))?.story?.id;
      assert.equal((await store.getArticleCorpus(b.id))?.story?.id, story, 'B is in the same story');
      assert.equal(await sources(a.id, 'event'), 2);
      assert.equal(await sources(b.id, 'event'), 2);
      assert.equal(await sources(copy.id, 'event'), 2);
      assert.equal(await sources(b.id, 'quote'), 2, 'the quote, trimmed differently, is the same claim');
      assert.deepEqual((await store.getArticleCorpus(b.id))?.findings, [], 'A and B agree');

      await store.put(d);
      const findings = (await store.getArticleCorpus(d.id))?.findings ?? [];
      assert.equal((await store.getArticleCorpus(d.id))?.story?.id, story);
      assert.deepEqual(
        findings.map((f) => [f.kind, f.rule, f.spans.map((s) => [s.articleId, s.text])]),
        [
          [
            'contradiction',
            'corpus:contradiction-date',
            [
              [d.id, 'Saturday'],
              [a.id, 'Friday'],
            ],
          ],
          [
            'contradiction',
            'corpus:contradiction-date',
            [
              [d.id, 'Saturday'],
              [b.id, 'Friday'],
            ],
          ],
        ],
      );
      const listed = await store.query(listings.findings, { kind: 'contradiction' });
      assert.deepEqual(
        listed.items.map((f) => [f.articleId, f.spans.map((s) => s.text)]).sort(),
        [
          [a.id, ['Friday']],
          [b.id, ['Friday']],
          [d.id, ['Saturday']],
          [d.id, ['Saturday']],
        ].sort(),
      );

      await store.put(e);
      assert.equal((await store.getArticleCorpus(e.id))?.story?.id, story);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    const links = db
      .prepare(
        `SELECT l.article_id AS article, ce.name, l.rule FROM corpus_entity_links l
           JOIN corpus_entities ce ON ce.id = l.corpus_entity_id WHERE l.entity_id = 'e1' ORDER BY l.rowid`,
      )
      .all() as { article: string; name: string; rule: string }[];
    db.close();
    rmSync(dir, { recursive: true, force: true });
    assert.ok(links.length === 5 && links.every((l) => l.name === 'Vladimir Putin'), JSON.stringify(links));
    assert.equal(links.at(-1)?.rule, 'surname-in-story');
  });
});
