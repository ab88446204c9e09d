/**
 * The corpus layer on PostgreSQL: the checks of `test/corpus/store-*.test.ts` (duplicates, stories across a
 * restart, corroboration and contradictions, state after a rollback), each also compared with what SQLite
 * stores for the same articles in the same order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../../src/doc/types.js';
import { analyze } from '../../../src/pipeline.js';
import { listings, type Store } from '../../../src/store/index.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { eventDoc } from '../../corpus/event-docs.js';
import { A, B, D, E } from '../../corpus/claim-docs.js';
import { CAPTION, CHESS, copyOfSeed, FERRY, LATE_FERRY, SEED, SHARE, UNRELATED } from '../../corpus/texts.js';
import { freshSchema, inSchema, skipWithoutPg, type TestSchema } from './pg-test-db.js';

/** The corpus view of every article and every story, for comparing engines. */
async function corpusView(store: Store, docs: readonly Doc[]) {
  return {
    stories: await store.query(listings.corpusStories),
    articles: await Promise.all(docs.map((d) => store.getArticleCorpus(d.id))),
    findings: await store.query(listings.findings, {}, { limit: 1000 }),
  };
}

/** What SQLite stores for `docs` put in this order (one store, no restart: stored state does not depend on it). */
async function sqliteView(docs: readonly Doc[]) {
  const store = SqliteStore.open(':memory:');
  for (const doc of docs) await store.put(doc);
  const view = await corpusView(store, docs);
  await store.close();
  return view;
}

describe('the corpus layer on PostgreSQL', { skip: skipWithoutPg }, () => {
  /** A store on a fresh schema of its own (each scenario starts empty). */
  const freshStore = async (): Promise<TestSchema & { store: PgStore }> => {
    const schema = await freshSchema();
    return { ...schema, store: PgStore.open(schema.url) };
  };

  it('links a copy of the seed to the seed, with its differences, across a restart', async () => {
    const { url, store: first, drop } = await freshStore();
    try {
      const meta = { published: '2025-08-14' };
      const seed = analyze({ kind: 'text', content: SEED, meta });
      const copy = analyze({ kind: 'text', content: copyOfSeed(), meta });
      const other = analyze({ kind: 'text', content: UNRELATED, meta });
      await first.put(seed);
      await first.put(copy);
      await first.close();
      const store = PgStore.open(url); // the LSH index and links are stored, not held in memory
      await store.put(other);

      const corpus = await store.getArticleCorpus(copy.id);
      assert.equal(corpus?.duplicateOf?.id, seed.id);
      assert.ok(corpus.duplicateOf.similarity >= 0.8, String(corpus.duplicateOf.similarity));
      const added = [
        ...corpus.duplicateOf.diff.addedLines,
        ...corpus.duplicateOf.diff.removedFromCopy.map((r) => r.text),
      ];
      assert.ok(added.includes(SHARE) && added.includes(CAPTION), JSON.stringify(corpus.duplicateOf.diff));
      assert.deepEqual(corpus.duplicateOf.diff.droppedLines, []);
      const original = await store.getArticleCorpus(seed.id);
      assert.deepEqual(
        original?.duplicates.map((d) => d.id),
        [copy.id],
      );
      assert.equal(original?.story?.id, corpus.story?.id, 'a copy is in its canonical story');
      const unrelated = await store.getArticleCorpus(other.id);
      assert.equal(unrelated?.duplicateOf, undefined);
      assert.notEqual(unrelated?.story?.id, original?.story?.id);
      assert.deepEqual(await corpusView(store, [seed, copy, other]), await sqliteView([seed, copy, other]));
      await store.close();
    } finally {
      await drop();
    }
  });

  it('groups reports of one event into a story, and keeps doing so after a restart', async () => {
    const { url, store: first, drop } = await freshStore();
    try {
      const docs = [CHESS, FERRY[0]!, FERRY[1]!, FERRY[2]!].map((content, i) =>
        analyze({
          kind: 'text',
          content,
          uri: `https://example.org/${i}`,
          meta: { published: '2025-05-11' },
        }),
      );
      for (const doc of docs) await first.put(doc);
      const page = await first.query(listings.corpusStories);
      assert.equal(page.total, 2);
      const [ferry, chess] = page.items;
      assert.deepEqual([ferry?.articleCount, chess?.articleCount], [3, 1]);
      assert.deepEqual([ferry?.from, ferry?.to], ['2025-05-11', '2025-05-11']);
      await first.close();

      const store = PgStore.open(url);
      const late = analyze({ kind: 'text', content: LATE_FERRY, meta: { published: '2025-05-13' } });
      await store.put(late);
      assert.equal((await store.getArticleCorpus(late.id))?.story?.id, ferry?.id, 'joins the stored story');
      const after = await store.query(listings.corpusStories);
      assert.equal(after.total, 2);
      assert.deepEqual([after.items[0]?.articleCount, after.items[0]?.to], [4, '2025-05-13']);
      assert.deepEqual(await corpusView(store, [...docs, late]), await sqliteView([...docs, late]));
      await store.close();
    } finally {
      await drop();
    }
  });

  it('counts independent sources, flags a date clash and links a surname to the full name', async () => {
    const test = await freshStore();
    const { store, drop } = test;
    const sources = async (id: string, kind: 'event' | 'quote') =>
      (await store.getArticleCorpus(id))?.corroboration.find((c) => c.kind === kind)?.sources;
    try {
      const copy = eventDoc({ ...A, uri: 'https://wire.example/a-copy' });
      copy.removed.push({
        start: 0,
        end: 19,
        text: 'Share this article\n',
        reason: 'boilerplate',
        rule: 'test',
      });
      const [a, b, d, e] = [eventDoc(A), eventDoc(B), eventDoc(D), eventDoc(E)];
      await store.put(a);
      await store.put(copy);
      assert.equal((await store.getArticleCorpus(copy.id))?.duplicateOf?.id, a.id);
      assert.equal(await sources(a.id, 'event'), 1, 'a copy is no second source');
      await store.put(b);
      assert.equal(await sources(copy.id, 'event'), 2);
      assert.equal(await sources(b.id, 'quote'), 2, 'the quote, trimmed differently, is the same claim');
      await store.put(d);
      const findings = (await store.getArticleCorpus(d.id))?.findings ?? [];
      assert.deepEqual(
        findings.map((f) => [f.rule, f.spans.map((s) => [s.articleId, s.text])]),
        [
          [
            'corpus:contradiction-date',
            [
              [d.id, 'Saturday'],
              [a.id, 'Friday'],
            ],
          ],
          [
            'corpus:contradiction-date',
            [
              [d.id, 'Saturday'],
              [b.id, 'Friday'],
            ],
          ],
        ],
      );
      await store.put(e);
      const links = await inSchema<{ name: string; rule: string }>(
        test,
        `SELECT ce.name, l.rule FROM corpus_entity_links l JOIN corpus_entities ce ON ce.id = l.corpus_entity_id
          JOIN articles a ON a.id = l.article_id WHERE l.entity_id = 'e1' ORDER BY a.seq`,
      );
      assert.ok(links.length === 5 && links.every((l) => l.name === 'Vladimir Putin'), JSON.stringify(links));
      assert.equal(links.at(-1)?.rule, 'surname-in-story');
      assert.deepEqual(await corpusView(store, [a, copy, b, d, e]), await sqliteView([a, copy, b, d, e]));
    } finally {
      await store.close();
      await drop();
    }
  });

  it('forgets the story of an article whose transaction rolled back', async () => {
    const { store, drop } = await freshStore();
    const doc = (uri: string, text: string) => eventDoc({ uri, text, people: [] });
    try {
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
      const next = doc('x:3', 'The football club appointed a new manager after a run of heavy defeats.');
      await store.putIngested(next, { run, inputKey: '3' });
      const storyOf = async (id: string) => (await store.getArticleCorpus(id))?.story?.id;
      assert.deepEqual([await storyOf(first.id), await storyOf(next.id)], ['s1', 's2']);
    } finally {
      await store.close();
      await drop();
    }
  });
});
