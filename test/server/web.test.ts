import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { emptyServer, json, type ErrorJson } from './setup.js';

describe('the dashboard, when built', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof emptyServer>>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title><div id="app"></div>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("dashboard");');
    server = await emptyServer({ webRoot: dir });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at /', async () => {
    const response = await server.app.inject({ url: '/' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<title>dash<\/title>/);
  });

  it('serves its files', async () => {
    const response = await server.app.inject({ url: '/assets/app.js' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /javascript/);
  });

  it('answers client-side routes with index.html', async () => {
    for (const url of ['/articles/abc', '/map?x=1', '/entities/Vladimir%20Putin']) {
      const response = await server.app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.match(response.body, /<title>dash<\/title>/, url);
    }
  });

  it('keeps unknown /api routes JSON 404s', async () => {
    const response = await server.app.inject({ url: '/api/unknown' });
    assert.equal(response.statusCode, 404);
    assert.equal(json<ErrorJson>(response).error.code, 'NOT_FOUND');
  });

  it('does not serve files outside its folder', async () => {
    const response = await server.app.inject({ url: '/../package.json' });
    assert.doesNotMatch(response.body, /"dependencies"/);
  });
});

describe('the dashboard, when not built', () => {
  it('says so at /', async () => {
    const server = await emptyServer({ webRoot: join(tmpdir(), 'newsgraph-no-such-dir') });
    const response = await server.app.inject({ url: '/' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /html/);
    assert.match(response.body, /dashboard is not built/);
    const other = await server.app.inject({ url: '/somewhere' });
    assert.equal(other.statusCode, 404);
    await server.close();
  });
});
