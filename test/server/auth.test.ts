import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildServer, isLoopback } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { emptyServer, json, type ErrorJson } from './setup.js';

describe('isLoopback', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['10.0.0.1', false],
    ['example.com', false],
    ['128.0.0.1', false],
    ['::ffff:10.0.0.1', false],
  ];
  for (const [host, loopback] of cases)
    it(`${host} → ${loopback}`, () => assert.equal(isLoopback(host), loopback));
});

describe('serving beyond loopback', () => {
  it('refuses to start without a token', async () => {
    const store = openStore(':memory:');
    for (const token of [undefined, '', '  ']) {
      await assert.rejects(
        buildServer({ store, host: '0.0.0.0', webRoot: null, ...(token === undefined ? {} : { token }) }),
        {
          code: 'BAD_ARGUMENT',
          message: /0\.0\.0\.0.*NEWSGRAPH_TOKEN/,
        },
      );
    }
    await store.close();
  });

  const TOKEN = 's3cret-token';
  let server: Awaited<ReturnType<typeof emptyServer>>;
  before(async () => {
    server = await emptyServer({ host: '0.0.0.0', token: TOKEN });
  });
  after(() => server.close());
  const store = (authorization?: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'Angela Merkel visited Kyiv on Monday.', published: '2025-08-14', store: true },
      headers: authorization === undefined ? {} : { authorization },
    });

  for (const [name, header] of [
    ['no Authorization header', undefined],
    ['a wrong token', `Bearer ${TOKEN}x`],
    ['a token prefix', 'Bearer s3cret'],
    ['another scheme', `Basic ${TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ] as const) {
    it(`answers 401 to a write with ${name}, and writes nothing`, async () => {
      const response = await store(header);
      assert.equal(response.statusCode, 401);
      assert.equal(json<ErrorJson>(response).error.code, 'UNAUTHORIZED');
      assert.equal(await server.store.count(), 0);
    });
  }

  it('writes with the token', async () => {
    const response = await store(`Bearer ${TOKEN}`);
    assert.equal(response.statusCode, 200);
    assert.equal(await server.store.count(), 1);
  });

  it('needs no token to read or to analyse without storing', async () => {
    assert.equal((await server.app.inject({ url: '/api/articles' })).statusCode, 200);
    const analyse = await server.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'Hello from Oslo.' },
    });
    assert.equal(analyse.statusCode, 200);
  });
});

describe('serving on loopback', () => {
  it('writes without a token', async () => {
    const server = await emptyServer({ host: '127.0.0.1' });
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'Angela Merkel visited Kyiv on Monday.', store: true },
    });
    assert.equal(response.statusCode, 200);
    assert.equal(await server.store.count(), 1);
    await server.close();
  });
});
