import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { ErrorJson } from './setup.js';

/** A real server on a free loopback port, analysing in its worker pool (no analyzer or ctx given). */
async function listening(deadlineSeconds?: number): Promise<{ server: RunningServer; store: Store }> {
  const store = openStore(':memory:');
  const server = await startServer({
    store,
    port: 0,
    webRoot: null,
    analysisWorkers: 1,
    ...(deadlineSeconds === undefined ? {} : { deadlineSeconds }),
  });
  return { server, store };
}

const analyse = (url: string, text: string): Promise<Response> =>
  fetch(`${url}/api/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });

describe('the server under hostile analyse requests', () => {
  const running: { server: RunningServer; store: Store }[] = [];
  after(async () => {
    for (const { server, store } of running) await server.close().then(() => store.close());
  });

  it('answers /api/health while a 1 MB one-word analyse runs (analysis is off the event loop)', async () => {
    const fixture = await listening();
    running.push(fixture);
    const { server } = fixture;
    const order: string[] = [];
    const analysing = analyse(server.url, 'A'.repeat(1024 * 1024)).then(async (response) => {
      order.push('analyze');
      return response;
    });
    const health = await fetch(`${server.url}/api/health`);
    order.push('health');
    assert.equal(health.status, 200);
    const response = await analysing;
    assert.equal(response.status, 200);
    const doc = (await response.json()) as { tokens: { start: number; end: number }[] };
    assert.deepEqual(
      doc.tokens.map((t) => [t.start, t.end]),
      [[0, 1024 * 1024]],
    );
    assert.deepEqual(order, ['health', 'analyze']);
  });

  it('fails an article over the deadline with 422, no stack or path, and goes on', async () => {
    const fixture = await listening(0.001);
    running.push(fixture);
    const text = 'Police in Paris said on Monday that the minister had resigned. '.repeat(20);
    for (let attempt = 0; attempt < 2; attempt++) {
      // The second request runs in the worker that replaced the one stopped at the deadline.
      const response = await analyse(fixture.server.url, text);
      assert.equal(response.status, 422);
      const body = (await response.json()) as ErrorJson;
      assert.equal(body.error.code, 'ANALYSIS_TIMEOUT');
      assert.match(
        body.error.message,
        /^request body: took too long to analyse \(over the 0\.001 s deadline\)$/,
      );
    }
    assert.equal((await fetch(`${fixture.server.url}/api/health`)).status, 200);
  });
});
