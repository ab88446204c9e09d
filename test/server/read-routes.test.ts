import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { corpusServer, json, type ErrorJson, type Fixture } from './setup.js';

interface ListJson<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
type Article = { id: string; published?: string; snippet?: string; counts: Record<string, number> };

let f: Fixture;
let seed: string;
let paris: string;
let flood: string;
const get = (url: string) => f.app.inject({ method: 'GET', url });

before(async () => {
  f = await corpusServer();
  seed = f.ids.get('seed-article.txt')!;
  paris = f.ids.get('paris-talks.txt')!;
  flood = f.ids.get('flood-relief.txt')!;
});
after(() => f.close());

/** Every bad parameter is a 400 with the catalog's BAD_ARGUMENT and a message naming the parameter. */
async function assertBadArgument(url: string, names: string): Promise<void> {
  const response = await get(url);
  assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
  const body = json<ErrorJson>(response);
  assert.equal(body.error.code, 'BAD_ARGUMENT', url);
  assert.match(body.error.message, new RegExp(names), url);
}

describe('GET /api/health', () => {
  it('says ok and counts the stored articles', async () => {
    assert.deepEqual(json(await get('/api/health')), { ok: true, articles: 3 });
  });
});

describe('GET /api/articles', () => {
  const ids = async (url: string) => json<ListJson<Article>>(await get(url)).items.map((a) => a.id);

  it('lists every article newest first, with layer counts and the page it is', async () => {
    const body = json<ListJson<Article>>(await get('/api/articles'));
    assert.deepEqual(
      body.items.map((a) => a.id),
      [flood, paris, seed],
    );
    assert.deepEqual([body.total, body.limit, body.offset], [3, 20, 0]);
    const seedItem = body.items[2]!;
    const doc = json<Doc>(await get(`/api/articles/${seed}`));
    assert.deepEqual(seedItem.counts, {
      entities: doc.entities.length,
      quotes: doc.quotes.filter((q) => !q.scare).length,
      places: doc.places.length,
      events: doc.events.length,
      findings: doc.findings.length,
    });
    assert.ok(seedItem.snippet?.startsWith('Russian President Vladimir Putin'));
  });

  it('pages with limit and offset, total counting every match', async () => {
    const body = json<ListJson<Article>>(await get('/api/articles?limit=1&offset=1'));
    assert.deepEqual(
      body.items.map((a) => a.id),
      [paris],
    );
    assert.deepEqual([body.total, body.limit, body.offset], [3, 1, 1]);
  });

  const filters: [string, () => string[]][] = [
    ['?q=Putin', () => [seed]],
    ["?q=Putin's", () => [seed]], // not FTS5 syntax: searched as a literal word
    ['?q=ceasefire', () => [paris, seed]],
    ['?q=flooded OR Macron', () => [flood, paris]],
    ['?q=zeppelin', () => []],
    ['?q=', () => [flood, paris, seed]], // empty filter = no filter
    ['?from=2025-09-01', () => [flood, paris]],
    ['?to=2025-08-14', () => [seed]], // a bare date includes its day
    ['?from=2025-09-02T08:00:00Z&to=2025-09-02T08:00:00Z', () => [paris]], // 10:00+02:00 is 08:00Z
    ['?from=2025-09-02T08:00:01Z', () => [flood]],
    ['?entity=volodymyr zelensky', () => [paris, seed]],
    ['?entity=Pedro Sanchez', () => [flood]],
    ['?entity=Zelensky', () => []], // an alias is not the canonical name
    ['?place=Paris', () => [paris]],
    ['?place=valencia', () => [flood]],
    ['?site=example.com', () => []],
    ['?q=Zelensky&from=2025-09-01', () => [paris]],
  ];
  for (const [query, expected] of filters) {
    it(`filters ${query}`, async () =>
      assert.deepEqual((await ids(`/api/articles${query}`)).sort(), expected().sort()));
  }

  it('puts the best match first and marks the matched words in the snippet', async () => {
    const body = json<ListJson<Article>>(await get('/api/articles?q=Putin'));
    assert.match(body.items[0]!.snippet!, /\[Putin\]/);
  });

  const bad: [string, string][] = [
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=abc', 'limit'],
    ['?limit=2.5', 'limit'],
    ['?offset=-1', 'offset'],
    ['?from=yesterday', 'from'],
    ['?to=2025-02-30', 'to'],
    ['?from=2025-08-14T09:30:00', 'from'], // a date-time needs its offset
  ];
  for (const [query, names] of bad)
    it(`refuses ${query}`, () => assertBadArgument(`/api/articles${query}`, names));
});

describe('GET /api/articles/:id', () => {
  it('answers the stored Doc, whole', async () => {
    const response = await get(`/api/articles/${seed}`);
    assert.equal(response.statusCode, 200);
    const doc = json<Doc>(response);
    assert.equal(doc.id, seed);
    assert.equal(doc.meta.published, '2025-08-14');
    assert.ok(doc.tokens.length > 100 && doc.quotes.length > 0 && doc.events.length > 0);
    for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  });

  it('is a JSON 404 for an unknown id', async () => {
    const response = await get('/api/articles/0000000000000000');
    assert.equal(response.statusCode, 404);
    assert.equal(json<ErrorJson>(response).error.code, 'NOT_FOUND');
    assert.match(json<ErrorJson>(response).error.message, /0000000000000000/);
  });
});

describe('GET /api/entities', () => {
  type Entity = { name: string; type: string; articles: number; mentions: number };

  it('groups entities across articles by name, in most articles first', async () => {
    const body = json<ListJson<Entity>>(await get('/api/entities?limit=1000'));
    assert.equal(body.total, body.items.length);
    const zelensky = body.items.find((e) => e.name === 'Volodymyr Zelensky');
    assert.equal(zelensky?.articles, 2);
    assert.equal(zelensky?.type, 'PERSON');
    assert.equal(body.items[0]!.articles, Math.max(...body.items.map((e) => e.articles)));
    assert.equal(new Set(body.items.map((e) => e.name.toLowerCase())).size, body.items.length);
  });

  it('filters by part of the name and by type (any case)', async () => {
    const body = json<ListJson<Entity>>(await get('/api/entities?q=zel&type=person'));
    assert.deepEqual(
      body.items.map((e) => e.name),
      ['Volodymyr Zelensky'],
    );
    const places = json<ListJson<Entity>>(await get('/api/entities?type=GPE&limit=1000'));
    assert.ok(places.items.length > 3 && places.items.every((e) => e.type === 'GPE'));
    assert.equal(json<ListJson<Entity>>(await get('/api/entities?q=%25')).total, 0); // % is not a wildcard
  });

  it('refuses bad paging', () => assertBadArgument('/api/entities?offset=x', 'offset'));
});

describe('GET /api/entities/:name', () => {
  type Detail = {
    name: string;
    type: string;
    articles: { id: string }[];
    mentions: { articleId: string; start: number; end: number; text: string; sentence: string }[];
    mentionsTotal: number;
  };

  it('answers its articles and its mentions, each with its sentence', async () => {
    const body = json<Detail>(await get('/api/entities/volodymyr%20zelensky'));
    assert.equal(body.name, 'Volodymyr Zelensky');
    assert.deepEqual(
      body.articles.map((a) => a.id),
      [paris, seed],
    );
    assert.equal(body.mentions.length, body.mentionsTotal);
    const docs = new Map([paris, seed].map((id) => [id, id]));
    for (const m of body.mentions) {
      const doc = json<Doc>(await get(`/api/articles/${docs.get(m.articleId)}`));
      assert.equal(doc.text.slice(m.start, m.end), m.text);
      assert.ok(m.sentence.includes(m.text) || m.sentence === '', m.sentence);
    }
  });

  it('caps the mentions at ?mentions= and says how many there are', async () => {
    const body = json<Detail>(await get('/api/entities/Vladimir%20Putin?mentions=2'));
    assert.equal(body.mentions.length, 2);
    assert.ok(body.mentionsTotal > 2);
  });

  it('is a JSON 404 for a name no article has', async () => {
    const response = await get('/api/entities/Nobody%20Atall');
    assert.equal(response.statusCode, 404);
    assert.equal(json<ErrorJson>(response).error.code, 'NOT_FOUND');
  });

  it('refuses a bad mention cap', () => assertBadArgument('/api/entities/Putin?mentions=0', 'mentions'));
});

describe('GET /api/event-mentions', () => {
  type Event = {
    articleId: string;
    type: string;
    source?: string;
    target?: string;
    time?: string;
    place?: string;
    cue: string;
  };
  const events = async (query: string) =>
    json<ListJson<Event>>(await get(`/api/event-mentions?limit=1000${query}`)).items;

  it('lists events with actors, place and time as names and values', async () => {
    const all = await events('');
    const doc = json<Doc>(await get(`/api/articles/${seed}`));
    const seedEvents = all.filter((e) => e.articleId === seed);
    assert.equal(seedEvents.length, doc.events.length);
    const first = doc.events[0]!;
    assert.equal(seedEvents[0]!.cue, first.cue.text);
    assert.equal(seedEvents[0]!.source, doc.entities.find((e) => e.id === first.source)?.name);
    assert.ok(all.some((e) => e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time)));
  });

  it('filters by type, actor, place and date', async () => {
    assert.ok((await events('&type=consult')).every((e) => e.type === 'CONSULT'));
    const trump = await events('&actor=Donald%20Trump');
    assert.ok(
      trump.length > 0 && trump.every((e) => e.source === 'Donald Trump' || e.target === 'Donald Trump'),
    );
    const inParis = await events('&place=Paris');
    assert.ok(inParis.length > 0 && inParis.every((e) => e.place === 'Paris'));
    const autumn = await events('&from=2025-09-01');
    assert.deepEqual(new Set(autumn.map((e) => e.articleId)), new Set([paris, flood]));
    assert.deepEqual(await events('&type=NOSUCHTYPE'), []);
  });

  it('refuses bad dates', () => assertBadArgument('/api/event-mentions?to=14.08.2025', 'to'));
});

describe('GET /api/events', () => {
  type CorpusEvent = { id: number; type: string; numMentions: number; numSources: number };
  type Detail = CorpusEvent & {
    mentions: {
      articleId: string;
      articleTitle?: string;
      sentence: { start: number; end: number; text: string };
    }[];
  };

  it('lists corpus events with their source counts, paged with a total, and shows one with its mentions', async () => {
    const body = json<ListJson<CorpusEvent>>(await get('/api/events?limit=1000'));
    assert.ok(body.total > 0 && body.items.length === body.total, JSON.stringify(body));
    assert.ok(body.items.every((e) => e.numSources >= 1 && e.numMentions >= e.numSources));
    const paged = json<ListJson<CorpusEvent>>(await get('/api/events?limit=1&offset=1'));
    assert.deepEqual([paged.items[0]?.id, paged.total], [body.items[1]?.id, body.total]);
    const consult = json<ListJson<CorpusEvent>>(await get('/api/events?type=consult&limit=1000'));
    assert.ok(consult.total > 0 && consult.items.every((e) => e.type === 'CONSULT'));

    const detail = json<Detail>(await get(`/api/events/${consult.items[0]!.id}`));
    assert.equal(detail.mentions.length, detail.numMentions);
    const [mention] = detail.mentions;
    const doc = json<Doc>(await get(`/api/articles/${mention!.articleId}`));
    assert.equal(mention!.articleTitle, doc.meta.title);
    assert.equal(mention!.sentence.text, doc.text.slice(mention!.sentence.start, mention!.sentence.end));
  });

  it('answers an unknown id with 404 and a bad one with 400', async () => {
    assert.equal((await get('/api/events/999999')).statusCode, 404);
    await assertBadArgument('/api/events/abc', 'id');
    await assertBadArgument('/api/events?from=14.08.2025', 'from');
  });
});

describe('GET /api/quotes', () => {
  type Quote = {
    articleId: string;
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker?: string;
  };

  it('lists speech quotations with their speakers', async () => {
    const body = json<ListJson<Quote>>(await get('/api/quotes?limit=1000'));
    assert.ok(body.items.some((q) => q.speaker === 'Maria Lopez' && q.kind === 'direct'));
    assert.ok(body.items.every((q) => q.kind === 'direct' || q.kind === 'indirect'));
  });

  it('filters by speaker', async () => {
    const body = json<ListJson<Quote>>(await get('/api/quotes?speaker=emmanuel%20macron'));
    assert.ok(body.total > 0);
    assert.ok(body.items.every((q) => q.speaker === 'Emmanuel Macron'));
  });

  it('refuses bad paging', () => assertBadArgument('/api/quotes?limit=-5', 'limit'));
});

describe('GET /api/findings', () => {
  it('lists findings with their spans, by kind', async () => {
    type Finding = { articleId: string; kind: string; spans: { start: number; end: number; text: string }[] };
    const body = json<ListJson<Finding>>(await get('/api/findings?kind=contradiction'));
    assert.ok(body.total >= 1);
    assert.ok(
      body.items.every((x) => x.kind === 'contradiction' && x.articleId === seed && x.spans.length > 0),
    );
    assert.equal(json<ListJson<Finding>>(await get('/api/findings?kind=nonsense')).total, 0);
  });

  it('refuses bad paging', () => assertBadArgument('/api/findings?offset=1e99', 'offset'));
});

describe('GET /api/stories', () => {
  it('lists the stories ingest made: every article in exactly one, the flood apart from the summit', async () => {
    const body = json<ListJson<{ id: string; title: string; articles: string[]; from?: string }>>(
      await get('/api/stories'),
    );
    assert.equal(body.total, body.items.length);
    const members = body.items.flatMap((story) => story.articles).sort();
    assert.deepEqual(members, [flood, paris, seed].sort());
    for (const story of body.items) assert.ok(story.id && story.title && story.articles.length > 0);
    const storyOf = (id: string) => body.items.find((story) => story.articles.includes(id))!.id;
    assert.notEqual(storyOf(flood), storyOf(seed));
    const seedStory = body.items.find((story) => story.articles.includes(seed))!;
    assert.equal(seedStory.from, '2025-08-14');
  });

  it('refuses bad paging', () => assertBadArgument('/api/stories?limit=', 'limit'));
});

describe('unknown routes', () => {
  for (const [method, url] of [
    ['GET', '/api/nope'],
    ['GET', '/api'],
    ['DELETE', '/api/articles/x'],
    ['POST', '/api/health'],
  ] as const) {
    it(`${method} ${url} is a JSON 404`, async () => {
      const response = await f.app.inject({ method, url });
      assert.equal(response.statusCode, 404);
      assert.match(response.headers['content-type'] as string, /json/);
      assert.equal(json<ErrorJson>(response).error.code, 'NOT_FOUND');
    });
  }
});
