/** GET /api/feeds and GET/POST/DELETE /api/alerts: the same as `newsgraph feeds` and `newsgraph alerts`. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emptyServer, json, type ErrorJson } from './setup.js';

describe('watch routes', () => {
  let server: Awaited<ReturnType<typeof emptyServer>>;
  before(async () => (server = await emptyServer()));
  after(() => server.close());

  it("lists each feed's health", async () => {
    const at = '2025-08-20T12:00:00.000Z';
    await server.store
      .watch()
      .registerFeeds([{ url: 'https://news.example.com/rss', everySeconds: 900 }], at);
    await server.store
      .watch()
      .recordPoll('https://news.example.com/rss', { at, nextPollAt: at, result: 'error', error: 'HTTP 500' });
    const response = await server.app.inject({ method: 'GET', url: '/api/feeds' });
    assert.equal(response.statusCode, 200);
    const [feed] = json<{ items: Record<string, unknown>[] }>(response).items;
    assert.equal(feed!.lastError, 'HTTP 500');
    assert.equal(feed!.itemsSeen, 0);
  });

  it('adds, lists and removes an alert; refuses a bad query or a relative JSONL path', async () => {
    const add = await server.app.inject({
      method: 'POST',
      url: '/api/alerts',
      payload: {
        name: 'putin',
        query: { entity: 'Vladimir Putin', country: 'ru' },
        target: { jsonl: '/tmp/hits.jsonl' },
      },
    });
    assert.equal(add.statusCode, 201, add.body);
    const alert = json<{ id: number; query: { country: string } }>(add);
    assert.equal(alert.query.country, 'RU');
    const listed = json<{ items: { name: string }[] }>(
      await server.app.inject({ method: 'GET', url: '/api/alerts' }),
    );
    assert.deepEqual(
      listed.items.map((a) => a.name),
      ['putin'],
    );

    for (const payload of [
      { name: 'empty', query: {}, target: { jsonl: '/tmp/x.jsonl' } },
      { name: 'relative', query: { entity: 'x' }, target: { jsonl: 'hits.jsonl' } },
      { name: 'ftp', query: { entity: 'x' }, target: { webhook: 'ftp://example.com/x' } },
    ]) {
      const refused = await server.app.inject({ method: 'POST', url: '/api/alerts', payload });
      assert.equal(refused.statusCode, 400, payload.name);
      assert.equal(json<ErrorJson>(refused).error.code, 'BAD_ARGUMENT');
    }

    const removed = await server.app.inject({ method: 'DELETE', url: `/api/alerts/${alert.id}` });
    assert.equal(removed.statusCode, 204);
    const again = await server.app.inject({ method: 'DELETE', url: `/api/alerts/${alert.id}` });
    assert.equal(again.statusCode, 404);
  });
});

describe('watch routes beyond loopback', () => {
  let server: Awaited<ReturnType<typeof emptyServer>>;
  before(async () => (server = await emptyServer({ host: '0.0.0.0', token: 'tok' })));
  after(() => server.close());

  it('needs the token to add or remove an alert, not to read', async () => {
    const payload = { name: 'x', query: { entity: 'x' }, target: { webhook: 'https://hooks.example.com/x' } };
    const refused = await server.app.inject({ method: 'POST', url: '/api/alerts', payload });
    assert.equal(refused.statusCode, 401);
    const added = await server.app.inject({
      method: 'POST',
      url: '/api/alerts',
      payload,
      headers: { authorization: 'Bearer tok' },
    });
    assert.equal(added.statusCode, 201);
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/alerts' })).statusCode, 200);
    assert.equal((await server.app.inject({ method: 'DELETE', url: '/api/alerts/x' })).statusCode, 401);
  });
});
