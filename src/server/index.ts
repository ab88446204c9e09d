/** The HTTP API (fastify) over the service functions, and the dashboard it serves. */
export { buildServer } from './app.js';
export { startServer, type RunningServer } from './start.js';
export {
  isLoopback,
  checkExposure,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_MAX_BODY_BYTES,
  defaultWebRoot,
  type ServerOptions,
} from './options.js';
export { OPENAPI_PATH, DOCS_PREFIX } from './openapi.js';
export type { ErrorBody } from './errors.js';
