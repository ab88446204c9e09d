import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { readInputItems, type ItemOutcome } from '../../src/ingest/index.js';
import { tempFiles } from './helpers.js';

const TEXT = 'Officials met in Anchorage on Friday to discuss the ceasefire.';
const PAGE = Buffer.from(`<html><body><article><p>${TEXT}</p></article></body></html>`);
const MIB = 1024 * 1024;

/** One WARC response record whose HTTP body is `body`, sent with `headers`. */
function record(body: Buffer, headers: string[]): Buffer {
  const http = Buffer.concat([
    Buffer.from(['HTTP/1.1 200 OK', 'Content-Type: text/html', ...headers, '', ''].join('\r\n')),
    body,
  ]);
  const warc = [
    'WARC/1.1',
    'WARC-Type: response',
    'WARC-Target-URI: https://w.example.com/a',
    `Content-Length: ${http.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(warc), http, Buffer.from('\r\n\r\n')]);
}

/** The HTTP chunked transfer coding of `body`, in pieces of `size` bytes. */
function chunked(body: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += size) {
    const piece = body.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}

const FILES: Record<string, Uint8Array> = {
  'gzip.warc': record(gzipSync(PAGE), ['Content-Encoding: gzip']),
  'chunked-gzip.warc': record(chunked(gzipSync(PAGE), 16), [
    'Content-Encoding: gzip',
    'Transfer-Encoding: chunked',
  ]),
  'deflate.warc': record(deflateSync(PAGE), ['Content-Encoding: deflate']),
  'raw-deflate.warc': record(deflateRawSync(PAGE), ['Content-Encoding: deflate']),
  'br.warc': record(brotliCompressSync(PAGE), ['Content-Encoding: br']),
  // 64 MiB of one repeated paragraph: about 64 KB of gzip, inflating a thousandfold.
  'bomb.warc': record(gzipSync(Buffer.from('<p>a</p>'.repeat(8 * MIB)), { level: 9 }), [
    'Content-Encoding: gzip',
  ]),
};

describe('WARC records with a content-coded HTTP body: decoded, and capped like a compressed file', () => {
  let dir: string;
  let cleanup: () => void;
  const outcomes = new Map<string, ItemOutcome[]>();
  before(async () => {
    ({ dir, cleanup } = tempFiles(FILES));
    for (const name of Object.keys(FILES)) {
      const read: ItemOutcome[] = [];
      for await (const outcome of readInputItems(join(dir, name))) read.push(outcome);
      outcomes.set(name, read);
    }
  });
  after(() => cleanup());

  for (const name of ['gzip.warc', 'chunked-gzip.warc', 'deflate.warc', 'raw-deflate.warc', 'br.warc'])
    it(`${name}: the page is read decoded`, () => {
      const [outcome, ...rest] = outcomes.get(name)!;
      assert.equal(rest.length, 0);
      assert.ok(outcome?.ok, JSON.stringify(outcome));
      assert.match(outcome.input.content, new RegExp(TEXT));
    });

  it('a gzip bomb in a record is refused as too large (65), naming the record, not inflated whole', () => {
    const [outcome, ...rest] = outcomes.get('bomb.warc')!;
    assert.equal(rest.length, 0);
    assert.ok(outcome && !outcome.ok);
    const error = outcome.error as { code?: string; exitCode?: number; message?: string };
    assert.equal(error.code, 'INPUT_TOO_LARGE');
    assert.equal(error.exitCode, 65);
    assert.match(error.message ?? '', /bomb\.warc record 1/);
    assert.match(error.message ?? '', /more than 100×/);
  });
});
