import type { FastifyRequest } from 'fastify';
import type { AnalyzeOptions } from '../../service/index.js';
import type { Store } from '../../store/index.js';

/** What every route plugin is given. */
export interface RouteContext {
  store: Store;
  analyze: AnalyzeOptions;
  /** Throws UNAUTHORIZED unless the request may write; absent when writes need no token (loopback). */
  authorizeWrite?: (request: FastifyRequest) => void;
}
