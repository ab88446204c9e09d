import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AnalyzerPool } from '../ingest/batch/index.js';
import type { AnalyzeOptions } from '../service/index.js';
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
import { correctionRoutes } from './routes/corrections.js';
import { corpusEventRoutes } from './routes/corpus-events.js';
import { entityRoutes } from './routes/entities.js';
import { healthRoutes } from './routes/health.js';
import { layerRoutes } from './routes/layers.js';
import { corpusViewRoutes } from './routes/corpus-views.js';
import { exportRoutes } from './routes/exports.js';
import { watchRoutes } from './routes/watch.js';
import { registerDashboard } from './web.js';

/** Every /api route plugin, in the order the OpenAPI document lists them. */
const API_ROUTES = [
  healthRoutes,
  articleRoutes,
  entityRoutes,
  layerRoutes,
  corpusEventRoutes,
  corpusViewRoutes,
  exportRoutes,
  correctionRoutes,
  analyzeRoutes,
  watchRoutes,
];

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
    analyze: analysisOptions(app, options),
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

/** Analyse requests that may wait for a worker; more are answered 503 rather than piling up in memory. */
const MAX_WAITING_ANALYSES = 64;

/**
 * How the analyse route runs the pipeline: off the event loop, in a bounded pool of worker threads that
 * start on the first request (so the server starts fast) and stop with the server. One request of hostile
 * text then costs a worker, never the server: /api/health and every read route keep answering.
 */
function analysisOptions(app: FastifyInstance, options: ServerOptions): AnalyzeOptions {
  const given = options.analyze ?? {};
  if (given.analyzer || given.ctx || given.runner) return given;
  const workers = options.analysisWorkers ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  const deadline = options.deadlineSeconds;
  const pool = new AnalyzerPool(
    workers,
    {},
    {
      maxWaiting: MAX_WAITING_ANALYSES,
      ...(deadline === undefined ? {} : { deadlineSeconds: deadline }),
    },
  );
  app.addHook('onClose', () => pool.close());
  return { ...given, runner: pool };
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
