/**
 * The listings name each item's article by title and source, page with a total, take the shared filters
 * (site, story, date range), put findings in triage order and stories largest first: on SQLite, and on
 * PostgreSQL when NEWSGRAPH_TEST_PG_URL is set (skipped without one outside CI).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listings, type Store } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { sampleDoc } from './docs.js';
import { freshSchema, skipWithoutPg, type TestSchema } from './postgres/pg-test-db.js';
import { NOW, SANCTIONS, SUMMIT, WEATHER } from './texts.js';

async function fill(store: Store): Promise<void> {
  const summit = sampleDoc(SUMMIT, { title: 'Leaders meet in Alaska', published: '2025-08-14' });
  summit.findings.push({
    kind: 'contradiction',
    message: 'two counts of the dead',
    spans: [{ start: 0, end: 5, text: 'Putin' }],
    rule: 'test',
  });
  const again = sampleDoc('Putin met Trump again in Alaska on Friday, officials said.', {
    title: 'Second meeting',
    published: '2025-08-15',
    uri: 'https://example.com/second',
  });
  again.source.site = 'example.com';
  const sanctions = sampleDoc(SANCTIONS, { title: 'EU sanctions', published: '2025-08-12' });
  sanctions.findings.push({
    kind: 'estimate',
    message: 'an unattributed estimate',
    spans: [{ start: 4, end: 12, text: 'European' }],
    rule: 'test',
  });
  await store.put(summit, { origin: 'texts/summit.txt' });
  await store.put(again);
  await store.put(sanctions, { origin: 'texts/sanctions.txt' });
  await store.put(sampleDoc(WEATHER, { title: 'Weather' }), { origin: 'texts/weather.txt' });
}

function listingContract(open: () => Promise<Store>, close: () => Promise<void>): void {
  let store: Store;
  before(async () => {
    store = await open();
    await fill(store);
  });
  after(close);

  it('names the article of every event, quote and finding by title and source', async () => {
    const events = await store.query(listings.events, { actor: 'vladimir putin' });
    assert.deepEqual(
      events.items.map((e) => [e.articleTitle, e.articleSource]),
      [
        ['Second meeting', 'https://example.com/second'],
        ['Leaders meet in Alaska', 'texts/summit.txt'],
      ],
    );
    const quotes = await store.query(listings.quotes);
    assert.deepEqual(
      quotes.items.map((q) => [q.articleTitle, q.articleSource]),
      [['Leaders meet in Alaska', 'texts/summit.txt']],
    );
    const articles = await store.query(listings.articles, { q: 'sanctions' });
    assert.equal(articles.items[0]?.source, 'texts/sanctions.txt');
    const entity = await store.getEntity('Vladimir Putin');
    assert.deepEqual(
      entity?.articles.map((a) => a.source),
      ['https://example.com/second', 'texts/summit.txt'],
    );
  });

  it('lists contradictions first and estimates last, paging with a total', async () => {
    const all = await store.query(listings.findings);
    assert.equal(all.total, 6);
    assert.equal(all.items[0]?.kind, 'contradiction');
    assert.equal(all.items.at(-1)?.kind, 'estimate');
    const last = await store.query(listings.findings, {}, { limit: 4, offset: 4 });
    assert.deepEqual(
      last.items.map((f) => f.kind),
      ['number', 'estimate'],
    );
    assert.equal(last.total, 6, 'the total counts every page');
    const dated = await store.query(listings.findings, { from: '2025-08-13', to: '2025-08-14' });
    assert.deepEqual(
      dated.items.map((f) => [f.kind, f.articleTitle]),
      [
        ['contradiction', 'Leaders meet in Alaska'],
        ['number', 'Leaders meet in Alaska'],
      ],
    );
  });

  it('filters quotes, events and findings by site and date range', async () => {
    assert.equal((await store.query(listings.quotes, { site: 'example.com' })).total, 0);
    assert.equal((await store.query(listings.quotes, { from: '2025-08-14', to: '2025-08-14' })).total, 1);
    const bySite = await store.query(listings.events, { site: 'EXAMPLE.COM' });
    assert.deepEqual(
      bySite.items.map((e) => e.articleTitle),
      ['Second meeting'],
    );
    assert.equal((await store.query(listings.findings, { site: 'example.com', kind: 'number' })).total, 1);
  });

  it('stores corrections and lists them oldest first, per article, with a total', async () => {
    const [article] = (await store.query(listings.articles, { q: 'sanctions' })).items;
    const input = {
      articleId: article!.id,
      kind: 'entity',
      start: 4,
      end: 18,
      text: 'European Union',
      note: 'an ORG',
    };
    const first = await store.addCorrection(input);
    const second = await store.addCorrection({
      ...input,
      kind: 'place',
      label: 'Europe',
      note: 'not a place',
    });
    assert.ok(second.id > first.id);
    assert.deepEqual(first, { ...input, id: first.id, createdAt: NOW().toISOString() });
    const listed = await store.query(
      listings.corrections,
      { articleId: article!.id },
      { limit: 1, offset: 1 },
    );
    assert.deepEqual(listed, { items: [second], total: 2 });
    assert.equal((await store.query(listings.corrections, { articleId: 'other' })).total, 0);
  });

  it('lists stories largest first, numbered ids in number order, with their articles by title', async () => {
    const stories = await store.query(listings.stories);
    assert.ok(stories.total >= 1);
    const sizes = stories.items.map((s) => s.articles.length);
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
      'largest first',
    );
    for (let i = 1; i < stories.items.length; i++) {
      const [a, b] = [stories.items[i - 1]!, stories.items[i]!];
      if (a.articles.length === b.articles.length)
        assert.ok(Number(a.id.slice(1)) < Number(b.id.slice(1)), `${a.id} before ${b.id}`);
    }
    for (const story of stories.items) {
      assert.deepEqual(
        story.members.map((m) => m.id),
        story.articles,
      );
      assert.ok(
        story.members.every((m) => m.title),
        'every member has its title',
      );
    }
    const first = stories.items[0]!;
    const inStory = await store.query(listings.articles, { story: first.id });
    assert.deepEqual(inStory.items.map((a) => a.id).sort(), [...first.articles].sort());
    const putin = await store.query(listings.stories, { entity: 'vladimir putin' });
    assert.ok(putin.total >= 1 && putin.total < stories.total, 'the entity filter narrows the stories');
  });

  it('groups places by name over all articles, counting what the articles place filter lists', async () => {
    const places = await store.query(listings.places);
    assert.deepEqual(places, {
      items: [{ name: 'Alaska', country: 'US', lat: 64, lon: -150, mentions: 2, articles: 2 }],
      total: 1,
    });
    assert.equal((await store.query(listings.articles, { place: 'alaska' })).total, 2, 'the same 2 articles');
    assert.equal((await store.query(listings.places, { site: 'example.com' })).items[0]?.articles, 1);
    assert.equal((await store.query(listings.places, { entity: 'european union' })).total, 0);
  });

  it('draws the network of the entities in most articles, linked by shared articles', async () => {
    const network = await store.getNetwork({}, 2);
    assert.deepEqual(
      network.nodes.map((n) => [n.name, n.articles]),
      [
        ['Alaska', 2],
        ['Vladimir Putin', 2],
      ],
    );
    assert.deepEqual(network.links, [
      { source: 'GPE:alaska', target: 'PERSON:vladimir putin', weight: 2, kinds: ['article'] },
    ]);
    const one = await store.getNetwork({ from: '2025-08-15' });
    assert.ok(
      one.links.every((l) => l.weight === 1),
      'the date filter narrows the shared articles',
    );
  });

  it('says who an entity is: aliases, roles and the entities in its articles', async () => {
    const putin = await store.getEntity('vladimir putin');
    assert.deepEqual(putin?.aliases, ['Putin']);
    assert.deepEqual(putin?.roles, []);
    assert.deepEqual(putin?.coOccurring, [{ name: 'Alaska', type: 'GPE', articles: 2 }]);
    const [story] = (await store.query(listings.stories)).items;
    assert.deepEqual((await store.query(listings.stories, { id: story!.id })).items, [story]);
  });
}

describe('listings on SQLite', () => {
  let sqlite: SqliteStore;
  listingContract(
    async () => (sqlite = SqliteStore.open(':memory:', { now: NOW })),
    async () => sqlite?.close(),
  );
});

describe('listings on PostgreSQL', { skip: skipWithoutPg }, () => {
  let schema: TestSchema;
  let pg: PgStore;
  listingContract(
    async () => {
      schema = await freshSchema();
      return (pg = PgStore.open(schema.url, { now: NOW }));
    },
    async () => {
      await pg?.close();
      await schema?.drop();
    },
  );
});
