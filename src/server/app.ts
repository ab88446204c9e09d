import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { packageRoot } from '../util/paths.js';
import { bearerCheck } from './auth.js';
import { installErrorHandler } from './errors.js';
import { registerOpenApi } from './openapi.js';
import {
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  defaultWebRoot,
  checkExposure,
  isLoopback,
  type ServerOptions,
} from './options.js';
import { analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import type { RouteContext } from './routes/context.js';
import { entityRoutes } from './routes/entities.js';
import { healthRoutes } from './routes/health.js';
import { layerRoutes } from './routes/layers.js';
import { registerDashboard } from './web.js';

/** Every /api route plugin, in the order the OpenAPI document lists them. */
const API_ROUTES = [healthRoutes, articleRoutes, entityRoutes, layerRoutes, analyzeRoutes];

/**
 * The HTTP API and dashboard as a fastify instance, ready for `inject` (tests) or `listen`. Refuses a
 * non-loopback host without a token (`checkExposure`). Writes need the token only beyond loopback.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? DEFAULT_HOST;
  const token = checkExposure(host, options.token);
  const loopback = isLoopback(host);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: maxBodyBytes });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, maxBodyBytes);
  // Bodies are JSON only: a text/plain POST is what a cross-site form can send without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  await registerOpenApi(app, packageVersion());
  const context: RouteContext = {
    store: options.store,
    analyze: options.analyze ?? {},
    ...(token && !loopback ? { authorizeWrite: bearerCheck(token) } : {}),
  };
  for (const routes of API_ROUTES) await app.register(routes, { ...context, prefix: '/api' });
  const notFound = await registerDashboard(
    app,
    options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
  );
  app.setNotFoundHandler(notFound);
  return app;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
