import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERRORS, NewsgraphError, type ErrorCode } from '../errors.js';
import { formatBytes } from '../ingest/bytes.js';

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Fastify's own request errors, by their code, as catalog codes (anything else 4xx is BAD_ARGUMENT). */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'INPUT_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INPUT_BAD_FORMAT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INPUT_BAD_FORMAT',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INPUT_BAD_FORMAT',
};

/**
 * Turns any error into the catalog's code, HTTP status and a message that names what was wrong. A client
 * error's message names the parameter or body field; a server error (5xx) gets only the catalog's words,
 * never a file path, a stack or an engine's message (those go to the log).
 */
export function toErrorBody(
  error: unknown,
  request: FastifyRequest,
  maxBodyBytes?: number,
): { status: number; body: ErrorBody } {
  const body = (code: ErrorCode, message: string) => ({
    status: ERRORS[code].http,
    body: { error: { code, message } },
  });
  if (error instanceof NewsgraphError) {
    if (error.httpStatus < 500) return body(error.code, error.message);
    // A store or output failure names a file and carries the engine's message: for the log, not the client.
    request.log.error({ err: error }, 'server-side failure');
    return body(error.code, ERRORS[error.code].message);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const problems = error.validation.map(
      (v) => `${where}${v.instancePath.replace(/\/$/, '')}: ${v.message ?? 'invalid'}`,
    );
    return body('BAD_ARGUMENT', `${ERRORS.BAD_ARGUMENT.message}: ${problems.join('; ')}`);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
    return body('INTERNAL', ERRORS.INTERNAL.message);
  }
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped === 'INPUT_TOO_LARGE' && maxBodyBytes !== undefined) {
    return body(
      mapped,
      `request body: ${ERRORS[mapped].message} (the limit is ${formatBytes(maxBodyBytes)})`,
    );
  }
  if (mapped) return body(mapped, `request body: ${ERRORS[mapped].message} (${fastifyError.message})`);
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return body('BAD_ARGUMENT', fastifyError.message ?? ERRORS.BAD_ARGUMENT.message);
  request.log.error({ err: error }, 'unexpected error');
  return body('INTERNAL', ERRORS.INTERNAL.message);
}

/**
 * Every error as `{error: {code, message}}`. Install before registering routes: a plugin keeps the error
 * handler its parent had when it was registered.
 */
export function installErrorHandler(app: FastifyInstance, maxBodyBytes: number): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorBody(error, request, maxBodyBytes);
    return reply.status(status).send(body);
  });
}

export function notFoundBody(request: FastifyRequest): ErrorBody {
  const path = request.url.split('?')[0] ?? request.url;
  return {
    error: {
      code: 'NOT_FOUND',
      message: `${request.method} ${path}: ${ERRORS.NOT_FOUND.message} (no such route)`,
    },
  };
}
