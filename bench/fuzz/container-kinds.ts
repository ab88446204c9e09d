import { gzipSync } from 'node:zlib';
import { fill, type Rng } from './rng.js';

/** A hostile multi-article file for `ingest`: its name (the suffix picks the reader) and its bytes. */
export interface ContainerFile {
  suffix: string;
  bytes: Buffer;
}
export type ContainerMaker = (rng: Rng, size: number) => ContainerFile;

const ARTICLE =
  'Police in Dover said on Tuesday that two men had been arrested after a storm damaged the harbour.';
const page = (body: string): string =>
  `<html><head><title>T</title></head><body><p>${body}</p></body></html>`;

function warcRecord(body: string, declaredLength?: number): string {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${body}`;
  const length = declaredLength ?? Buffer.byteLength(http);
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/${length}\r\nWARC-Date: 2025-08-14T10:00:00Z\r\nContent-Length: ${length}\r\n\r\n${http}\r\n\r\n`;
}

const jsonLine = (text: string): string => JSON.stringify({ text, url: 'https://j.example/1' }) + '\n';

/** Few good articles per file: the hostility is in the structure, and ingest analyses every good one. */
const MAX_GOOD = 5;
function someGood(rng: Rng, good: () => string, bad: () => string): () => string {
  let count = 0;
  return () => (count < MAX_GOOD && rng.next() < 0.3 ? (count++, good()) : bad());
}

export const CONTAINER_KINDS: Record<string, ContainerMaker> = {
  'bad-gzip': (rng, size) => {
    const padding = JSON.stringify({ text: '', pad: 'x'.repeat(size) }) + '\n';
    const good = gzipSync(Array.from({ length: MAX_GOOD }, () => jsonLine(ARTICLE)).join('') + padding);
    const cut = good.subarray(0, rng.int(2, Math.max(2, good.length - 1)));
    const corrupt = Buffer.from(good).fill(rng.int(0, 255), rng.int(10, Math.max(10, good.length - 1)));
    return { suffix: '.jsonl.gz', bytes: rng.next() < 0.5 ? cut : corrupt };
  },
  'gzip-bomb': (rng, size) => ({
    suffix: rng.pick(['.warc.gz', '.jsonl.gz', '.gz']),
    bytes: gzipSync(Buffer.alloc(Math.min(size * 500, 256 * 1024 * 1024), rng.pick([0, 0x41])), { level: 1 }),
  }),
  'warc-bad-headers': (rng, size) => {
    const header = rng.pick([
      'Content-Length: -5',
      'Content-Length: abc',
      'Content-Length: 99999999999999999999',
      `X: ${'h'.repeat(size)}`,
      'no colon here',
    ]);
    return {
      suffix: '.warc',
      bytes: Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\n${header}\r\n\r\n${page(ARTICLE)}`),
    };
  },
  'warc-truncated': (rng, size) => {
    const good = warcRecord(page(fill(Math.min(size, 5_000), () => ARTICLE + ' ')));
    const cut = warcRecord(page(ARTICLE), rng.int(1000, 10_000_000));
    return { suffix: rng.pick(['.warc', '.warc.gz']), bytes: Buffer.from(good + cut) };
  },
  'jsonl-malformed': (rng, size) => {
    const bad = (): string =>
      rng.pick([
        '{"text": "unclosed\n',
        '[1,2,3]\n',
        'null\n',
        '{"text": 5}\n',
        '\n',
        `${'['.repeat(rng.int(10, 100_000))}\n`,
        '{"text": "\\ud800 lone"}\n',
      ]);
    return {
      suffix: '.jsonl',
      bytes: Buffer.from(
        fill(
          size,
          someGood(rng, () => jsonLine(ARTICLE), bad),
        ),
      ),
    };
  },
  'feed-broken': (rng, size) => {
    const good = (): string => `<item><title>T</title><description>${ARTICLE}</description></item>`;
    const bad = (): string =>
      rng.pick([
        `<item><title>T</title><description><![CDATA[${ARTICLE}</description></item>`,
        `<item><title>&undefined;</title><description>${ARTICLE} &amp &#xFFFFFF;</description></item>`,
        `<item><title>${'<b>'.repeat(rng.int(10, 20_000))}</title></item>`,
      ]);
    const doctype = rng.pick([
      '',
      '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    ]);
    const body = fill(size, someGood(rng, good, bad));
    return {
      suffix: '.rss',
      bytes: Buffer.from(
        `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>F</title>${body}</channel></rss>`,
      ),
    };
  },
};
