import { constants, gunzipSync } from 'node:zlib';
import { NewsgraphError } from '../errors.js';
import { tooLarge } from './file.js';

export type ByteChunks = AsyncIterable<Buffer>;

/** The first bytes of a stream, and the whole stream (those bytes included) still to read. */
export interface PeekedStream {
  head: Buffer;
  chunks: ByteChunks;
}

/** Enough to recognise a WARC header, a feed's root element or a JSON key. */
const PEEK_BYTES = 4096;

/** Reads the start of a stream without losing it, so the kind can be sniffed before choosing a reader. */
export async function peek(source: AsyncIterable<Uint8Array | string>): Promise<PeekedStream> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < PEEK_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = toBuffer(next.value);
    buffered.push(chunk);
    size += chunk.length;
  }
  async function* all(): ByteChunks {
    yield* buffered;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield toBuffer(next.value);
  }
  return { head: Buffer.concat(buffered), chunks: all() };
}

export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** The start of a gzip stream decompressed as far as the bytes go (a prefix never decompresses whole). */
export function gunzipHead(head: Buffer): Buffer {
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

/** All the bytes of a stream; INPUT_TOO_LARGE naming `name` as soon as they pass `maxBytes`. */
export async function collectBytes(chunks: ByteChunks, name: string, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(name, size, maxBytes);
      parts.push(chunk);
    }
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError('INPUT_BAD_FORMAT', name, streamProblem(error), { cause: error });
  }
  return Buffer.concat(parts);
}

/** A zlib or read error in words: "truncated gzip" says more than "unexpected end of file". */
export function streamProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of file/i.test(message)) return 'truncated gzip data';
  if (/incorrect header check|invalid (block|distance|stored)|invalid code/i.test(message))
    return `corrupt gzip data: ${message}`;
  return message;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string'
    ? Buffer.from(chunk, 'utf8')
    : Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk);
}
