import { WARCParser, type WARCRecord } from 'warcio';
import { NewsgraphError } from '../../errors.js';
import { ByteReader } from '../byte-reader.js';
import { decodeInputBytes } from '../bytes.js';
import { tooLarge } from '../file.js';
import { failed, itemName, type ItemOutcome } from '../item-types.js';
import { streamProblem, type ByteChunks } from '../streams.js';
import { httpBody } from './http-body.js';
import { MAX_HEADER_BYTES, WarcFrameError, headerEnd, warcFrames, type WarcFrame } from './warc-frames.js';

/** Media types of pages worth reading; anything else (images, scripts, JSON, PDFs) is skipped. */
const HTML_MEDIA_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const CRLF_CRLF = Buffer.from('\r\n\r\n');

/**
 * The HTML pages of a WARC (`chunks` are the archive's bytes, already decompressed when it was a .warc.gz):
 * `response` records with HTTP status 200 and an HTML content type; requests, metadata, redirects and
 * other media are skipped. We frame the records ourselves (`warcFrames`: every length checked against what
 * is left) and hand each whole response to warcio only to parse its HTTP message, so a record that lies
 * about its length is reported, never waited on. `maxBytes` limits one page; a response record over four
 * times that (HTTP headers, gzip) is skipped unread. A truncated or corrupt archive ends with a failure
 * naming the record it broke in, after every whole record before it.
 */
export async function* readWarcItems(
  name: string,
  chunks: ByteChunks,
  maxBytes: number,
): AsyncGenerator<ItemOutcome> {
  const maxRecord = maxBytes * 4;
  const wants = (fields: ReadonlyMap<string, string>, length: number): boolean =>
    fields.get('warc-type') === 'response' && length <= maxRecord;
  let index = 0;
  try {
    for await (const frame of warcFrames(new ByteReader(chunks), wants)) {
      index = frame.index;
      if (frame.fields.get('warc-type') !== 'response') continue;
      const where = itemName(name, `record ${frame.index}`);
      if (!frame.block) yield failed(where, tooLarge(where, frame.length, maxRecord));
      else {
        const outcome = await recordInput(name, frame, maxBytes);
        if (outcome) yield outcome;
      }
    }
  } catch (error) {
    if (error instanceof WarcFrameError) yield badRecord(name, error.index, error.detail);
    // A decompression cap names the input itself; other errors are the record's.
    else if (error instanceof NewsgraphError) yield failed(name, error);
    else yield badRecord(name, index + 1, streamProblem(error), error);
  }
}

function badRecord(name: string, index: number, detail: string, cause?: unknown): ItemOutcome {
  const where = itemName(name, `record ${index}`);
  return failed(where, new NewsgraphError('INPUT_BAD_FORMAT', where, detail, { cause }));
}

/** One whole response record as an article, or undefined when it is not a 200 HTML page. */
async function recordInput(
  name: string,
  frame: WarcFrame,
  maxBytes: number,
): Promise<ItemOutcome | undefined> {
  const item = `record ${frame.index}`;
  const where = itemName(name, item);
  if (!frame.block || !looksLikeHtmlPage(frame.block)) return undefined;
  try {
    // The record is whole and its length true, so warcio reads within these bytes and nothing else.
    // warcio wants CRLF line ends in the header; we accept LF-only ones too.
    const header = Buffer.from(frame.header.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
    const bytes = Buffer.concat([header, frame.block ?? Buffer.alloc(0), CRLF_CRLF]);
    const record = await new WARCParser([bytes]).parse();
    if (!record) throw new Error('warcio could not parse the record');
    if (!isHtmlResponse(record)) return undefined;
    // Chunked transfer and gzip/deflate/br content coding undone, the inflated size capped.
    const body = await httpBody(record, where, maxBytes);
    if (body.length > maxBytes) throw tooLarge(where, body.length, maxBytes);
    const file = decodeInputBytes(where, body);
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
    if (error instanceof NewsgraphError) return failed(where, error);
    return failed(
      where,
      new NewsgraphError('INPUT_BAD_FORMAT', where, `bad HTTP message: ${streamProblem(error)}`, {
        cause: error,
      }),
    );
  }
}

function isHtmlResponse(record: WARCRecord): boolean {
  if (record.warcType !== 'response' || !record.httpHeaders) return false;
  if (Number(record.httpHeaders.statusCode) !== 200) return false;
  return HTML_MEDIA_TYPE.test(record.httpHeaders.headers.get('content-type') ?? '');
}

/**
 * A first look at the HTTP message without warcio (which costs far more than framing): most records of a
 * crawl are images, scripts and redirects, skipped here. A record that passes is parsed properly.
 */
function looksLikeHtmlPage(block: Buffer): boolean {
  const held = block.subarray(0, MAX_HEADER_BYTES);
  const end = headerEnd(held);
  const head = held.subarray(0, end < 0 ? held.length : end).toString('latin1');
  const status = /^HTTP\/\S+[ \t]+(\d{3})/.exec(head)?.[1];
  const type = /^content-type[ \t]*:(.*)$/im.exec(head)?.[1] ?? '';
  return status === '200' && HTML_MEDIA_TYPE.test(type);
}
