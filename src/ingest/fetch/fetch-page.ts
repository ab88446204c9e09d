import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { NewsgraphError } from '../../errors.js';
import { formatBytes } from '../bytes.js';
import { tooLarge } from '../file.js';
import { inflateCaps, inflateCapped } from '../inflate.js';
import { ACCEPT_HEADER, ACCEPTED_MEDIA_TYPES, mediaType } from './media-types.js';
import { DEFAULT_FETCH_TIMEOUT_MS, MAX_REDIRECTS, USER_AGENT, type FetchOptions } from './options.js';
import { pinnedLookup, vetHost, type VettedAddress } from './vet-host.js';

export interface FetchedPage {
  /** Where the page ended up after redirects. */
  finalUrl: string;
  contentType: string;
  bytes: Buffer;
  redirects: number;
  /** The HTTP status: 2xx, or one of `PageRequest.passStatuses` (with no body). */
  status: number;
  /** The response's headers (lower-case names), for validators (ETag, Last-Modified) and Retry-After. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** What a caller other than article fetching asks for (a feed poll, robots.txt); the defaults fetch a page. */
export interface PageRequest {
  /** Extra request headers: conditional-GET validators (If-None-Match, If-Modified-Since). */
  headers?: Readonly<Record<string, string>>;
  /** The Accept header and the media types read; `any` reads every type (default: HTML and plain text). */
  accept?: { header: string; types: readonly string[] } | 'any';
  /** Statuses returned (without their body) instead of failing: 304, 429, 503 for a feed poll. */
  passStatuses?: ReadonlySet<number>;
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * GETs one page under the address policy, the time limit and the size limit. Throws a NewsgraphError
 * naming `url` for every way it can fail: refused address, timeout, too many redirects, HTTP status, a
 * content type other than HTML or plain text, a body over `maxBytes` (counted after decompression).
 */
export async function fetchPage(
  url: string,
  maxBytes: number,
  options: FetchOptions = {},
  pageRequest: PageRequest = {},
): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const vetted = new Map<string, VettedAddress[]>();
  const agent = new Agent({
    connect: { timeout: timeoutMs, lookup: pinnedLookup(vetted) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    return await follow(url, maxBytes, options.allowPrivate ?? false, {
      agent,
      vetted,
      signal: deadline.signal,
      request: pageRequest,
    });
  } catch (error) {
    if (deadline.signal.aborted || isTimeout(error))
      throw new NewsgraphError('INPUT_UNREADABLE', url, `timed out after ${seconds(timeoutMs)}`, {
        cause: error,
      });
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError('INPUT_UNREADABLE', url, networkProblem(error), { cause: error });
  } finally {
    clearTimeout(timer);
    await agent.destroy();
  }
}

interface Session {
  agent: Dispatcher;
  vetted: Map<string, VettedAddress[]>;
  signal: AbortSignal;
  request: PageRequest;
}

async function follow(
  url: string,
  maxBytes: number,
  allowPrivate: boolean,
  session: Session,
): Promise<FetchedPage> {
  let current = new URL(url);
  for (let redirects = 0; ; redirects++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      throw new NewsgraphError('INPUT_UNREADABLE', url, `redirected to a ${current.protocol} URL`);
    const host = current.hostname.replace(/^\[|\]$/g, '');
    session.vetted.set(host, await vetHost(url, host, allowPrivate));
    const accept = session.request.accept;
    const response = await request(current, {
      dispatcher: session.agent,
      signal: session.signal,
      headers: {
        ...session.request.headers,
        'user-agent': USER_AGENT,
        accept: accept === 'any' ? '*/*' : (accept?.header ?? ACCEPT_HEADER),
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const location = header(response.headers, 'location');
    if (REDIRECT_STATUSES.has(response.statusCode) && location) {
      discard(response.body);
      if (redirects >= MAX_REDIRECTS)
        throw new NewsgraphError('INPUT_UNREADABLE', url, `more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, current);
      continue;
    }
    const page = {
      finalUrl: current.href,
      contentType: header(response.headers, 'content-type') ?? '',
      redirects,
      status: response.statusCode,
      headers: response.headers,
    };
    if (session.request.passStatuses?.has(response.statusCode)) {
      discard(response.body);
      return { ...page, bytes: Buffer.alloc(0) };
    }
    checkResponse(url, response, page.contentType, maxBytes, accept);
    const bytes = await readCapped(url, decoded(url, response, maxBytes), maxBytes);
    return { ...page, bytes };
  }
}

function checkResponse(
  url: string,
  response: Dispatcher.ResponseData,
  contentType: string,
  maxBytes: number,
  accept: PageRequest['accept'],
): void {
  const refuse = (code: 'INPUT_UNREADABLE' | 'INPUT_BAD_FORMAT', detail: string): never => {
    discard(response.body);
    throw new NewsgraphError(code, url, detail);
  };
  if (response.statusCode < 200 || response.statusCode >= 300)
    refuse('INPUT_UNREADABLE', `HTTP ${response.statusCode}`);
  const type = mediaType(contentType);
  const types = accept === 'any' ? undefined : (accept?.types ?? Object.keys(ACCEPTED_MEDIA_TYPES));
  if (types && !types.includes(type)) {
    refuse('INPUT_BAD_FORMAT', `content type ${type || '(none)'}; only ${types.join(', ')} are read`);
  }
  const length = Number(header(response.headers, 'content-length'));
  if (Number.isFinite(length) && length > maxBytes && !header(response.headers, 'content-encoding')) {
    discard(response.body);
    throw tooLarge(url, length, maxBytes);
  }
}

/**
 * The body with its Content-Encoding undone under the inflate caps (bytes out per byte in, and `maxBytes`
 * in all), so a compression bomb stops early; `readCapped` counts what comes out too.
 */
function decoded(url: string, response: Dispatcher.ResponseData, maxBytes: number): AsyncIterable<Buffer> {
  const encoding = header(response.headers, 'content-encoding')?.trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return response.body;
  return inflateCapped(response.body, url, inflateCaps(maxBytes), decoder);
}

async function readCapped(url: string, body: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (the throw below) closes the body, and with it the connection.
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      throw new NewsgraphError(
        'INPUT_TOO_LARGE',
        url,
        `over ${formatBytes(maxBytes)}, the limit; download stopped`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Drops a body we will not read; the abort it causes is expected, not an error to report. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

function isTimeout(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) if (TIMEOUT_CODES.has(errorCodeOf(e))) return true;
  return false;
}

function networkProblem(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) parts.push(errorCodeOf(e) || e.message);
  return parts.filter(Boolean).join(': ') || String(error);
}

function errorCodeOf(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
