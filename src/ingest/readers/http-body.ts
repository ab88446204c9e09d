import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { AsyncIterReader, type WARCRecord } from 'warcio';
import { inflateCapped, inflateCaps } from '../inflate.js';
import type { ByteChunks } from '../streams.js';

/** Pieces fed to the decoder, so the cap is checked as the output grows, not after one huge inflate. */
const PIECE = 64 * 1024;

/**
 * The body of a WARC response record as the server meant it: chunked transfer coding undone and the
 * content coding (gzip, deflate, br) decoded under the same caps as a compressed input file (100× the
 * bytes in after the first MB, and `maxBytes` in all), so a small record cannot inflate to gigabytes.
 * warcio's own decoding (`readFully(true)`) inflates with no limit: it is used only when there is no
 * content coding, where undoing the chunking never grows the body.
 */
export async function httpBody(record: WARCRecord, where: string, maxBytes: number): Promise<Buffer> {
  const coding = (record.httpHeaders?.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (coding === '' || coding === 'identity') return Buffer.from(await record.readFully(true));
  const raw = await record.readFully(false);
  const chunked = /\bchunked\b/i.test(record.httpHeaders?.headers.get('transfer-encoding') ?? '');
  const body = Buffer.from(chunked ? await new AsyncIterReader([raw], null, true).readFully() : raw);
  const parts: Buffer[] = [];
  for await (const part of inflateCapped(
    pieces(body),
    where,
    inflateCaps(maxBytes),
    decoderFor(coding, body),
  ))
    parts.push(part);
  return Buffer.concat(parts);
}

async function* pieces(body: Buffer): ByteChunks {
  for (let at = 0; at < body.length; at += PIECE) yield body.subarray(at, at + PIECE);
}

/**
 * By coding, and for `deflate` by the bytes: servers send both zlib-wrapped and raw deflate under that name
 * (warcio tries both as well); any other coding warcio would also have inflated as zlib.
 */
function decoderFor(coding: string, body: Buffer): Transform {
  if (coding === 'br') return createBrotliDecompress();
  if (body[0] === 0x1f && body[1] === 0x8b) return createGunzip();
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  const zlibHeader = body.length >= 2 && (body[0]! & 0x0f) === 8 && ((body[0]! << 8) | body[1]!) % 31 === 0;
  return zlibHeader ? createInflate() : createInflateRaw();
}
