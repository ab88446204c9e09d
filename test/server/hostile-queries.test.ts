import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/index.js';
import { listings, SqliteStore } from '../../src/store/index.js';
import { sampleDoc } from '../store/docs.js';
import { SUMMIT } from '../store/texts.js';
import { json, type ErrorJson } from './setup.js';

/** What no HTTP response may hold: the database's folder, an engine's message, a stack frame. */
function assertNothingInternal(body: string, dir: string): void {
  assert.ok(!body.includes(dir), `names the database folder: ${body}`);
  assert.doesNotMatch(body, /\.db\b|sqlite|unterminated|connection is not open|\bat .+:\d+:\d+/i, body);
}

describe('hostile queries: a bad parameter is a 400 naming it, nothing internal ever leaks', () => {
  let dir: string;
  let store: SqliteStore;
  let app: FastifyInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
    store = SqliteStore.open(join(dir, 'news.db'));
    await store.put(sampleDoc(SUMMIT));
    app = await buildServer({ store, webRoot: null });
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: [url: string, parameter: RegExp][] = [
    ['/api/articles?q=%00', /querystring\/q: must not contain control characters/],
    ['/api/articles?q=Putin%00Trump', /querystring\/q/],
    ['/api/articles?q=%22%00%22', /querystring\/q/],
    ['/api/articles?site=%01', /querystring\/site/],
    ['/api/entities?q=%00', /querystring\/q/],
    ['/api/events?actor=%00', /querystring\/actor/],
    ['/api/event-mentions?actor=%00', /querystring\/actor/],
    ['/api/events/1x', /params\/id/],
    ['/api/quotes?speaker=%1F', /querystring\/speaker/],
    ['/api/articles/abc%00def', /params\/id/],
    ['/api/entities/Putin%00', /params\/name/],
  ];
  for (const [url, parameter] of cases) {
    it(`${url}: 400 BAD_ARGUMENT naming the parameter`, async () => {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 400, response.body);
      const body = json<ErrorJson>(response);
      assert.equal(body.error.code, 'BAD_ARGUMENT');
      assert.match(body.error.message, parameter);
      assertNothingInternal(response.body, dir);
    });
  }

  it('the store itself refuses a NUL in search text as a bad argument, not a store failure', async () => {
    await assert.rejects(store.query(listings.articles, { q: '\u0000' }), {
      code: 'BAD_ARGUMENT',
      message: /^q: .*NUL/,
    });
    await assert.rejects(store.search('"\u0000"'), { code: 'BAD_ARGUMENT', message: /^query: .*NUL/ });
  });

  it('a store failure is a 500 with only the catalog message (no path, no SQLite message)', async () => {
    const broken = SqliteStore.open(join(dir, 'broken.db'));
    const server = await buildServer({ store: broken, webRoot: null });
    await broken.close(); // every call now fails inside better-sqlite3, naming the file
    try {
      for (const url of ['/api/articles', '/api/articles?q=Putin', '/api/entities', '/api/articles/x']) {
        const response = await server.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 500, `${url}: ${response.body}`);
        assert.deepEqual(json<ErrorJson>(response).error.code, 'STORE_FAILED');
        assertNothingInternal(response.body, dir);
      }
    } finally {
      await server.close();
    }
  });
});
