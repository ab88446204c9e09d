import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { NewsgraphError } from '../errors.js';

/**
 * Checks `Authorization: Bearer <token>` against the configured token. Digests are compared, not the
 * strings, so the comparison takes the same time whatever the length or content of the guess.
 */
export function bearerCheck(token: string): (request: FastifyRequest) => void {
  const expected = digest(token);
  return (request) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new NewsgraphError(
        'UNAUTHORIZED',
        `${request.method} ${request.routeOptions.url ?? request.url}`,
      );
    }
  };
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
