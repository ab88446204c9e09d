/**
 * "Report a mistake": POST /api/corrections stores a correction (the span's text read from the article),
 * GET lists them with a total, writes need the token beyond loopback, and `newsgraph corrections` prints
 * them as text, JSON, JSONL and CSV.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../src/server/index.js';
import { cli } from '../cli/run.js';
import { corpusServer, type Fixture } from './setup.js';

describe('corrections', () => {
  let f: Fixture;
  let seed: string;
  before(async () => {
    f = await corpusServer();
    seed = f.ids.get('seed-article.txt')!;
  });
  after(() => f.close());

  it('stores a reported mistake and lists it', async () => {
    const doc = await f.store.get(seed);
    const quote = doc!.quotes[0]!;
    const posted = await f.app.inject({
      method: 'POST',
      url: '/api/corrections',
      payload: {
        articleId: seed,
        kind: 'quote',
        start: quote.start,
        end: quote.end,
        label: 'speaker: nobody',
        note: 'the speaker is wrong',
      },
    });
    assert.equal(posted.statusCode, 201, posted.body);
    const stored = posted.json<{ id: number; text: string }>();
    assert.equal(stored.text, doc!.text.slice(quote.start, quote.end), 'the text is read from the article');
    const listed = await f.app.inject({ url: `/api/corrections?article=${seed}` });
    assert.equal(listed.json<{ total: number }>().total, 1);
  });

  it('refuses an unknown article, a span outside the text and an empty note', async () => {
    const bad = async (payload: object) =>
      (await f.app.inject({ method: 'POST', url: '/api/corrections', payload })).statusCode;
    const base = { articleId: seed, kind: 'place', start: 0, end: 4, note: 'not a place' };
    assert.equal(await bad({ ...base, articleId: 'nope' }), 404);
    assert.equal(await bad({ ...base, end: 10_000_000 }), 400);
    assert.equal(await bad({ ...base, note: '' }), 400);
  });

  it('needs the token beyond loopback', async () => {
    const app = await buildServer({ store: f.store, webRoot: null, host: '0.0.0.0', token: 'secret' });
    try {
      const payload = { articleId: seed, kind: 'place', start: 0, end: 4, note: 'not a place' };
      const without = await app.inject({ method: 'POST', url: '/api/corrections', payload });
      assert.equal(without.statusCode, 401);
      const withToken = await app.inject({
        method: 'POST',
        url: '/api/corrections',
        payload,
        headers: { authorization: 'Bearer secret' },
      });
      assert.equal(withToken.statusCode, 201);
    } finally {
      await app.close();
    }
  });

  it('`newsgraph corrections` lists them as text, JSONL and CSV', () => {
    const text = cli(['corrections', '--db', f.db]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /quote .*the speaker is wrong/);
    const jsonl = cli(['corrections', '--db', f.db, '--format', 'jsonl']);
    const rows = jsonl.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string });
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['quote', 'place'],
    );
    const csv = cli(['corrections', '--db', f.db, '--format', 'csv']);
    assert.match(csv.stdout, /^id,articleId,kind,start,end,text,label,note,createdAt\r\n1,/);
  });
});
