import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emptyServer, json } from './setup.js';

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>
  >;
  components: { schemas: Record<string, unknown> };
}

/** The contract's routes (method and OpenAPI path): every one must be documented, and no other. */
const ROUTES = [
  'get /api/health',
  'get /api/articles',
  'get /api/articles/{id}',
  'get /api/corrections',
  'post /api/corrections',
  'get /api/entities',
  'get /api/entities/{name}',
  'get /api/events',
  'get /api/events/{id}',
  'get /api/event-mentions',
  'get /api/quotes',
  'get /api/findings',
  'get /api/stories',
  'get /api/stories/{id}',
  'get /api/places',
  'get /api/network',
  'get /api/export/event-mentions',
  'get /api/export/articles',
  'get /api/export/quotes',
  'get /api/export/places',
  'get /api/export/network',
  'post /api/analyze',
  'get /api/feeds',
  'get /api/alerts',
  'post /api/alerts',
  'delete /api/alerts/{id}',
];

let server: Awaited<ReturnType<typeof emptyServer>>;
let doc: OpenApi;
before(async () => {
  server = await emptyServer();
  const response = await server.app.inject({ url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200);
  doc = json<OpenApi>(response);
});
after(() => server.close());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document listing every route of the contract', () => {
    assert.match(doc.openapi, /^3\./);
    const listed = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    assert.deepEqual(listed.sort(), [...ROUTES].sort());
  });

  it('documents the query parameters, the error body and the shared schemas', () => {
    const names = (path: string) => doc.paths[path]!.get!.parameters!.map((p) => p.name).sort();
    assert.deepEqual(names('/api/articles'), [
      'entity',
      'from',
      'limit',
      'offset',
      'place',
      'q',
      'site',
      'story',
      'to',
    ]);
    const scope = ['from', 'limit', 'offset', 'site', 'story', 'to'];
    assert.deepEqual(names('/api/event-mentions'), [...scope, 'actor', 'place', 'type'].sort());
    assert.deepEqual(names('/api/events'), [
      'actor',
      'country',
      'from',
      'limit',
      'offset',
      'story',
      'to',
      'type',
    ]);
    assert.deepEqual(names('/api/quotes'), [...scope, 'speaker'].sort());
    assert.deepEqual(names('/api/findings'), [...scope, 'kind'].sort());
    assert.deepEqual(names('/api/stories'), ['entity', 'limit', 'offset']);
    // An export takes its list's filters (no paging: it has every page) and a format.
    assert.deepEqual(
      names('/api/export/event-mentions'),
      [...names('/api/event-mentions'), 'format'].filter((n) => n !== 'limit' && n !== 'offset').sort(),
    );
    assert.deepEqual(names('/api/places'), [...scope, 'entity'].sort());
    // Every list answers a page with its total.
    for (const path of [
      '/api/articles',
      '/api/entities',
      '/api/events',
      '/api/event-mentions',
      '/api/quotes',
      '/api/findings',
      '/api/stories',
      '/api/places',
    ]) {
      const ok = doc.paths[path]!.get!.responses['200'] as {
        content: { 'application/json': { schema: { required?: string[] } } };
      };
      assert.deepEqual(
        ok.content['application/json'].schema.required?.sort(),
        ['items', 'limit', 'offset', 'total'],
        path,
      );
    }
    assert.ok(doc.paths['/api/articles/{id}']!.get!.responses['404']);
    for (const schema of [
      'Doc',
      'Error',
      'ArticleSummary',
      'EntitySummary',
      'EntityDetail',
      'EventItem',
      'Story',
    ]) {
      assert.ok(doc.components.schemas[schema], schema);
    }
  });
});

describe('GET /api/docs', () => {
  it('serves Swagger UI from the package, not a CDN', async () => {
    const page = await server.app.inject({ url: '/api/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /html/);
    assert.doesNotMatch(page.body, /https?:\/\/(cdn|unpkg|jsdelivr)/);
    const bundle = await server.app.inject({ url: '/api/docs/static/swagger-ui-bundle.js' });
    assert.equal(bundle.statusCode, 200);
    assert.ok(bundle.body.length > 100_000);
  });

  it('redirects or answers at /api/docs without the slash', async () => {
    const response = await server.app.inject({ url: '/api/docs' });
    assert.ok([200, 302].includes(response.statusCode), String(response.statusCode));
  });
});
