import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundBody } from './errors.js';

/** Shown at `/` when the dashboard has not been built. */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph</title></head>
<body>
<h1>newsgraph</h1>
<p>The dashboard is not built. Build it into <code>web/dist/</code> and restart the server.</p>
<p>The API is running: see <a href="/api/docs">/api/docs</a> and <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

/**
 * Serves the built dashboard from `webRoot` at `/`, and answers every other GET outside /api with its
 * index.html (a single-page app routes on the client). Without a build, `/` says so. Unknown /api routes
 * are JSON 404s either way. Returns the not-found handler to install.
 */
export async function registerDashboard(
  app: FastifyInstance,
  webRoot: string | null,
): Promise<(request: FastifyRequest, reply: FastifyReply) => unknown> {
  const built = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: true, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html').send(NOT_BUILT_PAGE),
    );
  }
  return (request, reply) => {
    const isPage = request.method === 'GET' && !/^\/api(\/|$|\?)/.test(request.url);
    if (built && isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(notFoundBody(request));
  };
}
