import { WARCParser, type WARCRecord } from 'warcio';
import { NewsgraphError } from '../../errors.js';
import { decodeInputBytes } from '../bytes.js';
import { tooLarge } from '../file.js';
import { failed, itemName, type ItemOutcome } from '../item-types.js';
import { streamProblem, type ByteChunks } from '../streams.js';

/** Media types of pages worth reading; anything else (images, scripts, JSON, PDFs) is skipped. */
const HTML_MEDIA_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * The HTML pages of a WARC (or WARC.gz, one gzip member per record, as crawlers write them): `response`
 * records with HTTP status 200 and an HTML content type; requests, metadata, redirects and other media are
 * skipped. Streams record by record, so an archive of any size is read in bounded memory; `maxBytes` limits
 * one record. A truncated or corrupt archive ends with a failure naming the record it broke in.
 */
export async function* readWarcItems(
  name: string,
  chunks: ByteChunks,
  maxBytes: number,
): AsyncGenerator<ItemOutcome> {
  const counted = countBytes(chunks);
  const parser = new WARCParser(counted.chunks);
  let index = 0;
  try {
    for await (const record of parser) {
      index++;
      if (!isHtmlResponse(record)) continue;
      yield await recordInput(name, record, `record ${index}`, maxBytes);
    }
  } catch (error) {
    if (error instanceof TruncatedRecord) {
      yield badRecord(name, index, `truncated: ${error.missing} bytes of the record are missing`);
      return;
    }
    // A decompression cap names the input itself; other errors are the record's.
    if (error instanceof NewsgraphError) yield failed(name, error);
    else yield badRecord(name, index + 1, streamProblem(error), error);
    return;
  }
  // warcio stops quietly at a record it cannot finish: bytes left over mean the archive is cut short.
  if (parser.offset < counted.total())
    yield badRecord(name, index + 1, `truncated or corrupt after byte ${parser.offset}`);
}

function badRecord(name: string, index: number, detail: string, cause?: unknown): ItemOutcome {
  const where = itemName(name, `record ${index}`);
  return failed(where, new NewsgraphError('INPUT_BAD_FORMAT', where, detail, { cause }));
}

/** The stream, counting the bytes that pass, so the end of the last whole record can be checked. */
function countBytes(chunks: ByteChunks): { chunks: ByteChunks; total: () => number } {
  let total = 0;
  async function* counting(): ByteChunks {
    for await (const chunk of chunks) {
      total += chunk.length;
      yield chunk;
    }
  }
  return { chunks: counting(), total: () => total };
}

function isHtmlResponse(record: WARCRecord): boolean {
  if (record.warcType !== 'response' || !record.httpHeaders) return false;
  if (Number(record.httpHeaders.statusCode) !== 200) return false;
  return HTML_MEDIA_TYPE.test(record.httpHeaders.headers.get('content-type') ?? '');
}

async function recordInput(
  name: string,
  record: WARCRecord,
  item: string,
  maxBytes: number,
): Promise<ItemOutcome> {
  const where = itemName(name, item);
  // The WARC length includes HTTP headers, and the body may be gzip-encoded: a first, cheap bound.
  if (record.warcContentLength > maxBytes * 4) {
    await record.skipFully();
    return failed(where, tooLarge(where, record.warcContentLength, maxBytes));
  }
  // readFully(true) undoes chunked transfer and gzip/br content encoding.
  const bytes = await record.readFully(true);
  const missing = unreadBytes(record);
  if (missing > 0) throw new TruncatedRecord(missing);
  try {
    if (bytes.length > maxBytes) throw tooLarge(where, bytes.length, maxBytes);
    const file = decodeInputBytes(where, bytes);
    const uri = record.warcTargetURI ?? undefined;
    const crawled = record.warcDate ?? undefined;
    return {
      ok: true,
      input: {
        kind: 'warc',
        content: file.content,
        ...(uri ? { uri } : {}),
        meta: {},
        ...(crawled ? { fallbackMeta: { published: crawled.replace(/Z$/, '+00:00') } } : {}),
        path: name,
        item,
        encoding: file.encoding,
        notes: file.notes,
      },
    };
  } catch (error) {
    return failed(where, error);
  }
}

/** A record whose stream ended before its declared length: the archive is cut short, nothing follows. */
class TruncatedRecord extends Error {
  constructor(readonly missing: number) {
    super(`${missing} bytes missing`);
  }
}

/**
 * Bytes the record declared but the stream did not have. warcio reads a record's body through a limit
 * reader that counts down from the declared length; a remainder after reading it all means truncation.
 */
function unreadBytes(record: WARCRecord): number {
  const reader: unknown = record._reader;
  if (typeof reader === 'object' && reader !== null && 'limit' in reader && typeof reader.limit === 'number')
    return reader.limit;
  return 0;
}
