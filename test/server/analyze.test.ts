import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { emptyServer, json, type ErrorJson } from './setup.js';

const TEXT =
  'German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw on Monday. ' +
  '"Europe must stand together," Merz said.';
const HTML = `<!doctype html><html><head><title>Merz in Warsaw</title></head><body><article>
<h1>Merz in Warsaw</h1><p>${TEXT}</p></article></body></html>`;

let server: Awaited<ReturnType<typeof emptyServer>>;
const post = (payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url: '/api/analyze', payload: payload as object, headers });
const count = async () =>
  json<{ articles: number }>(await server.app.inject({ url: '/api/health' })).articles;

before(async () => {
  server = await emptyServer({ maxBodyBytes: 4096 });
});
after(() => server.close());

describe('POST /api/analyze', () => {
  it('analyses text and answers the Doc without storing it', async () => {
    const response = await post({ text: TEXT, published: '2025-09-01' });
    assert.equal(response.statusCode, 200);
    const doc = json<Doc>(response);
    assert.equal(doc.text, TEXT);
    assert.equal(doc.meta.published, '2025-09-01');
    assert.ok(doc.entities.some((e) => e.name === 'Friedrich Merz'));
    assert.ok(doc.tokens.length > 10, 'every layer of the Doc is answered');
    assert.equal(response.headers['x-newsgraph-stored'], undefined);
    assert.equal(await count(), 0);
  });

  it('analyses HTML, with the URL as the source', async () => {
    const doc = json<Doc>(await post({ html: HTML, url: 'https://news.example.com/merz-warsaw' }));
    assert.equal(doc.source.kind, 'html');
    assert.equal(doc.source.uri, 'https://news.example.com/merz-warsaw');
    assert.equal(doc.meta.title, 'Merz in Warsaw');
    assert.ok(doc.text.includes('Donald Tusk'));
  });

  it("reads place names with the publication's home region when given one", async () => {
    const brief = { text: 'Police in Alexandria arrested a man after a fire on Friday.' };
    const local = json<Doc>(await post({ ...brief, homeRegion: 'US/Louisiana' }));
    assert.deepEqual(local.meta.homeRegion, { country: 'US', admin1: 'Louisiana' });
    assert.equal(local.places[0]?.admin1, 'Louisiana');
    assert.equal(json<Doc>(await post(brief)).places[0]?.country, 'EG');
  });

  it('links entities with the event dictionaries sent in the request, on top of ours or instead', async () => {
    const kbRows =
      'id\ttype\tname\taliases\tcodes\nFRIEDRICH_MERZ\tPERSON\tFriedrich Merz\t\tDEUGOV 2025-05-06..; DEUELI\n';
    const kbOf = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name)?.kb;
    const added = json<Doc>(
      await post({ text: TEXT, published: '2025-09-01', eventDictionaries: { kbRows } }),
    );
    assert.deepEqual(kbOf(added, 'Friedrich Merz'), {
      id: 'FRIEDRICH_MERZ',
      name: 'Friedrich Merz',
      roles: ['DEUGOV'],
    });
    assert.equal(kbOf(added, 'Donald Tusk')?.id, 'DONALD_TUSK');
    const only = { kbRows, mode: 'replace' };
    const replaced = json<Doc>(await post({ text: TEXT, published: '2025-09-01', eventDictionaries: only }));
    assert.equal(kbOf(replaced, 'Donald Tusk'), undefined);
    const bad = await post({ text: TEXT, eventDictionaries: { kbRows: 'id\ttype\nX\tNOPE\n' } });
    assert.equal(bad.statusCode, 400);
  });

  it('stores with store: true, once', async () => {
    const first = await post({ text: TEXT, published: '2025-09-01', store: true });
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['x-newsgraph-stored'], 'inserted');
    const id = json<Doc>(first).id;
    assert.equal(await count(), 1);
    const again = await post({ text: TEXT, published: '2025-09-01', store: true });
    assert.equal(again.headers['x-newsgraph-stored'], 'duplicate');
    assert.equal(await count(), 1);
    const stored = await server.app.inject({ url: `/api/articles/${id}` });
    assert.equal(json<Doc>(stored).text, TEXT);
  });

  const bad: [string, unknown, number, string, RegExp][] = [
    [
      'neither text nor html',
      { published: '2025-09-01' },
      400,
      'BAD_ARGUMENT',
      /exactly one of text or html/,
    ],
    ['both text and html', { text: 'a', html: '<p>a</p>' }, 400, 'BAD_ARGUMENT', /exactly one/],
    ['a url alone (never fetched)', { url: 'https://example.com/x' }, 400, 'BAD_ARGUMENT', /never fetches/],
    ['a url that is not one', { text: 'a', url: 'not a url' }, 400, 'BAD_ARGUMENT', /body\/url/],
    [
      'a bad date',
      { text: TEXT, published: '1 Sep 2025' },
      400,
      'BAD_ARGUMENT',
      /body\/published: expected an ISO/,
    ],
    [
      'an unknown home region',
      { text: TEXT, homeRegion: 'Atlantis' },
      400,
      'BAD_ARGUMENT',
      /homeRegion: invalid argument \("Atlantis" is not an ISO 3166-1/,
    ],
    ['a non-boolean store', { text: TEXT, store: 'yes' }, 400, 'BAD_ARGUMENT', /body\/store/],
    ['an unknown field', { text: TEXT, title: 'x' }, 400, 'BAD_ARGUMENT', /Unrecognized key/],
    ['text with no words', { text: '   \n  ' }, 400, 'INPUT_EMPTY', /request body/],
  ];
  for (const [name, body, status, code, message] of bad) {
    it(`refuses ${name}`, async () => {
      const response = await post(body);
      assert.equal(response.statusCode, status, response.body);
      assert.equal(json<ErrorJson>(response).error.code, code);
      assert.match(json<ErrorJson>(response).error.message, message);
    });
  }

  it('refuses a body over the limit with 413', async () => {
    const response = await post({ text: 'word '.repeat(2000) });
    assert.equal(response.statusCode, 413);
    assert.deepEqual(json<ErrorJson>(response).error, {
      code: 'INPUT_TOO_LARGE',
      message: 'request body: is too large (the limit is 4.0 KB)',
    });
  });

  it('refuses JSON that does not parse, and bodies that are not JSON', async () => {
    const broken = await server.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: '{"text": ',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(broken.statusCode, 400);
    assert.equal(json<ErrorJson>(broken).error.code, 'INPUT_BAD_FORMAT');
    const plain = await server.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: TEXT,
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(plain.statusCode, 415);
    assert.equal(json<ErrorJson>(plain).error.code, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
