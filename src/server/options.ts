import { isIP } from 'node:net';
import { NewsgraphError } from '../errors.js';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../service/index.js';
import type { Store } from '../store/index.js';
import { packageRoot } from '../util/paths.js';

export interface ServerOptions {
  store: Store;
  /** Where the server listens; also decides whether writes need the token (default 127.0.0.1). */
  host?: string;
  /** The write token (NEWSGRAPH_TOKEN); required when `host` is not a loopback address. */
  token?: string;
  /** Largest request body accepted, in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** The built dashboard to serve at `/` (default web/dist in the package); null serves none. */
  webRoot?: string | null;
  /**
   * Passed to the analysis service. Without an `analyzer`, `ctx` or `runner` (tests give those), the
   * server analyses in its own worker pool, started on the first analyse request.
   */
  analyze?: AnalyzeOptions;
  /** Worker threads for POST /api/analyze (default: all cores but one, at least 1, at most 4). */
  analysisWorkers?: number;
  /** Seconds one analysis may take before it fails with 422 (default 30; 0: no deadline). */
  deadlineSeconds?: number;
  /** Log requests with fastify's logger (pino) to stdout. */
  logger?: boolean;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
export const defaultWebRoot = (): string => join(packageRoot(), 'web', 'dist');

/**
 * Whether only this machine can reach `host`: `localhost`, 127.0.0.0/8, ::1 (and its IPv4-mapped form).
 * `0.0.0.0` and `::` listen on every interface, so they are not loopback.
 */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * Refuses to serve beyond loopback without a write token: the write routes would be open to the network.
 * Returns the token to use (undefined on loopback without one).
 */
export function checkExposure(host: string, token: string | undefined): string | undefined {
  const usable = token?.trim() || undefined;
  if (!usable && !isLoopback(host)) {
    throw new NewsgraphError(
      'BAD_ARGUMENT',
      `--host ${host}`,
      'not a loopback address: set NEWSGRAPH_TOKEN so that writes need it, or serve on 127.0.0.1',
    );
  }
  return usable;
}
