import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { NewsgraphError } from '../../src/errors.js';
import { addressProblem, isPublicAddress } from '../../src/ingest/fetch/address-policy.js';
import { readUrlList } from '../../src/ingest/fetch/url-list.js';
import { pinnedLookup } from '../../src/ingest/fetch/vet-host.js';
import { readInputItems, type FetchOptions, type ItemOutcome } from '../../src/ingest/index.js';
import { prepareDoc } from '../../src/pipeline.js';
import { ingestPaths, type IngestResult } from '../../src/service/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { ARTICLE_ONE, htmlPage } from './feed-fixtures.js';
import { tempFiles } from './helpers.js';

describe('isPublicAddress', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.0.9', /loopback/],
    ['::1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.254', /private/],
    ['192.168.1.1', /private/],
    ['fc00::1', /private/],
    ['fd12:3456::1', /private/],
    ['169.254.169.254', /link-local/],
    ['fe80::1', /link-local/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['100.64.0.1', /carrier-grade/],
    ['100.127.255.255', /carrier-grade/],
    ['224.0.0.251', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:10.0.0.1', /private/],
    ['::ffff:a9fe:a9fe', /link-local/],
    ['[::1]', /loopback/],
    ['fe80::1%eth0', /link-local/],
    ['not-an-ip', /not an IP/],
  ];
  for (const [ip, kind] of refused) {
    it(`refuses ${ip}`, () => {
      assert.equal(isPublicAddress(ip), false);
      assert.match(addressProblem(ip) ?? '', kind);
    });
  }
  const allowed = [
    '8.8.8.8',
    '93.184.216.34',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.1.1',
    '11.0.0.1',
    '2606:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    'fec0::1',
  ];
  for (const ip of allowed) it(`allows ${ip}`, () => assert.equal(isPublicAddress(ip), true));
});

describe('pinnedLookup', () => {
  const vetted = new Map([['news.example', [{ address: '93.184.216.34', family: 4 as const }]]]);
  const lookup = pinnedLookup(vetted);
  it('answers only with the vetted address, in both callback forms', () => {
    lookup('news.example', { all: true }, (error, addresses) => {
      assert.equal(error, null);
      assert.deepEqual(addresses, [{ address: '93.184.216.34', family: 4 }]);
    });
    lookup('news.example', {}, (error, address, family) => {
      assert.equal(error, null);
      assert.deepEqual([address, family], ['93.184.216.34', 4]);
    });
  });
  it('fails for a host that was not vetted instead of asking DNS', () => {
    lookup('other.example', {}, (error) => assert.equal(error?.code, 'ENOTFOUND'));
  });
});

describe('readUrlList', () => {
  it('reads one URL a line, skipping blanks and # comments', () => {
    const { dir, cleanup } = tempFiles({
      'a.urls':
        '# wire stories\nhttps://a.example/1\n\n  http://b.example/2  # second\r\n#https://c.example/\n',
    });
    try {
      assert.deepEqual(readUrlList(`${dir}/a.urls`), ['https://a.example/1', 'http://b.example/2']);
    } finally {
      cleanup();
    }
  });
  it('names the file and line of something that is not a URL', () => {
    const { dir, cleanup } = tempFiles({ 'b.txt': 'https://a.example/1\nftp://x/y\n' });
    try {
      assert.throws(() => readUrlList(`${dir}/b.txt`), /b\.txt line 2.*not an http\(s\) URL: ftp:\/\/x\/y/);
    } finally {
      cleanup();
    }
  });
});

/** Routes of the local test server; only ever bound to 127.0.0.1. */
const BIG_BYTES = 300_000;
const RUSSIAN = 'Министр заявил, что переговоры продолжатся в пятницу.';
const ROUTES: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/article': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(htmlPage('Talks “resume”', ARTICLE_ONE));
  },
  '/plain': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Plain wire copy — no markup.\n');
  },
  '/cp1251': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(iconv.encode(htmlPage('Новости', RUSSIAN), 'windows-1251'));
  },
  '/meta-koi8': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const page = `<html><head><meta charset="koi8-r"><title>t</title></head><body><p>${RUSSIAN}</p></body></html>`;
    res.end(iconv.encode(page, 'koi8-r'));
  },
  '/gzip': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(htmlPage('Zipped', ARTICLE_ONE)));
  },
  '/hop1': (res) => redirect(res, '/hop2'),
  '/hop2': (res) => redirect(res, '/article'),
  '/loop': (res) => redirect(res, '/loop'),
  '/to-file': (res) => redirect(res, 'file:///etc/passwd'),
  '/slow': (res) => {
    // Headers never come within the test's timeout.
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 3000).unref();
  },
  '/slow-body': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>first part');
    setTimeout(() => res.end('</p>'), 3000).unref();
  },
  '/big': (res) => {
    // No Content-Length: the limit must hold while streaming.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<p>${'x'.repeat(BIG_BYTES)}</p>`);
  },
  '/big-declared': (res) => {
    const body = `<p>${'y'.repeat(BIG_BYTES)}</p>`;
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  },
  '/pdf': (res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.7\n');
  },
  '/missing': (res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>not here</p>');
  },
};

function redirect(res: import('node:http').ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}

describe('URL inputs (local server on 127.0.0.1)', () => {
  let server: Server;
  let base: string;
  const seenUserAgents: string[] = [];
  const port = (): number => (server.address() as AddressInfo).port;
  before(async () => {
    server = createServer((req, res) => {
      seenUserAgents.push(req.headers['user-agent'] ?? '');
      if (req.url === '/absolute') redirect(res, `http://127.0.0.1:${port()}/plain`);
      else (ROUTES[req.url ?? ''] ?? ((r) => r.writeHead(500).end()))(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${port()}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const LOCAL = { allowPrivate: true, timeoutMs: 1000 };
  async function read(path: string, fetch: FetchOptions = LOCAL, maxBytes?: number): Promise<ItemOutcome[]> {
    const out: ItemOutcome[] = [];
    for await (const o of readInputItems(`${base}${path}`, { fetch, ...(maxBytes ? { maxBytes } : {}) }))
      out.push(o);
    return out;
  }
  async function readOne(path: string, fetch: FetchOptions = LOCAL, maxBytes?: number): Promise<ItemOutcome> {
    const outcomes = await read(path, fetch, maxBytes);
    assert.equal(outcomes.length, 1);
    return outcomes[0]!;
  }
  function failure(outcome: ItemOutcome): NewsgraphError {
    assert.equal(outcome.ok, false, 'expected a failure');
    if (outcome.ok) throw new Error('unreachable');
    assert.ok(outcome.error instanceof NewsgraphError, String(outcome.error));
    return outcome.error;
  }

  it('fetches an HTML article as an html input whose uri is the URL', async () => {
    const outcome = await readOne('/article');
    assert.ok(outcome.ok);
    assert.equal(outcome.input.kind, 'html');
    assert.equal(outcome.input.uri, `${base}/article`);
    assert.equal(outcome.input.path, `${base}/article`);
    assert.match(outcome.input.content, /Talks “resume”/);
    assert.match(outcome.input.content, /Officials met in Anchorage/);
    assert.ok(seenUserAgents.some((ua) => /newsgraph/.test(ua)));
  });

  it('reads text/plain as a text input', async () => {
    const outcome = await readOne('/plain');
    assert.ok(outcome.ok);
    assert.equal(outcome.input.kind, 'text');
    assert.equal(outcome.input.content, 'Plain wire copy — no markup.\n');
  });

  it('decodes windows-1251 named in the Content-Type header', async () => {
    const outcome = await readOne('/cp1251');
    assert.ok(outcome.ok);
    assert.equal(outcome.input.encoding, 'windows-1251');
    assert.match(outcome.input.content, /<title>Новости<\/title>/);
    assert.ok(outcome.input.content.includes(RUSSIAN));
    assert.match(outcome.input.notes.join(), /windows-1251.*Content-Type/);
  });

  it('decodes a charset named only by <meta charset>', async () => {
    const outcome = await readOne('/meta-koi8');
    assert.ok(outcome.ok);
    assert.equal(outcome.input.encoding, 'koi8-r');
    assert.ok(outcome.input.content.includes(RUSSIAN));
  });

  it('undoes gzip content encoding', async () => {
    const outcome = await readOne('/gzip');
    assert.ok(outcome.ok);
    assert.match(outcome.input.content, /Zipped/);
  });

  it('follows a short redirect chain; uri is the final URL, path the one asked for', async () => {
    const outcome = await readOne('/hop1');
    assert.ok(outcome.ok);
    assert.equal(outcome.input.uri, `${base}/article`);
    assert.equal(outcome.input.path, `${base}/hop1`);
    assert.match(outcome.input.notes.join(), /redirected to/);
  });

  it('gives up after 5 redirects', async () => {
    const error = failure(await readOne('/loop'));
    assert.equal(error.input, `${base}/loop`);
    assert.match(error.message, /more than 5 redirects/);
  });

  it('times out waiting for headers', async () => {
    const started = Date.now();
    const error = failure(await readOne('/slow', { allowPrivate: true, timeoutMs: 300 }));
    assert.match(error.message, /timed out after 0\.3 s/);
    assert.ok(Date.now() - started < 2500);
  });

  it('times out a body that stalls', async () => {
    const error = failure(await readOne('/slow-body', { allowPrivate: true, timeoutMs: 300 }));
    assert.match(error.message, /timed out/);
  });

  it('stops a body past the size limit, declared or not', async () => {
    for (const path of ['/big', '/big-declared']) {
      const error = failure(await readOne(path, LOCAL, 100_000));
      assert.equal(error.code, 'INPUT_TOO_LARGE', path);
      assert.ok(error.message.startsWith(`${base}${path}: `));
    }
  });

  it('refuses a content type other than HTML or plain text', async () => {
    const error = failure(await readOne('/pdf'));
    assert.equal(error.code, 'INPUT_BAD_FORMAT');
    assert.match(error.message, /content type application\/pdf/);
  });

  it('reports the HTTP status of a failed request', async () => {
    const error = failure(await readOne('/missing'));
    assert.match(error.message, /HTTP 404/);
  });

  it('refuses the loopback address without allowPrivate, before sending anything', async () => {
    const before = seenUserAgents.length;
    for (const fetch of [{}, { allowPrivate: false }]) {
      const error = failure(await readOne('/article', fetch));
      assert.match(error.message, /refused: 127\.0\.0\.1 is a loopback address/);
      assert.match(error.message, /--allow-private/);
    }
    assert.equal(seenUserAgents.length, before);
  });

  it('follows an absolute Location', async () => {
    const outcome = await readOne('/absolute');
    assert.ok(outcome.ok, outcome.ok ? '' : String(outcome.error));
    assert.equal(outcome.input.uri, `${base}/plain`);
    assert.equal(outcome.input.kind, 'text');
  });

  it('refuses a redirect to a scheme other than http(s)', async () => {
    const error = failure(await readOne('/to-file'));
    assert.match(error.message, /redirected to a file: URL/);
  });

  it('ingests a batch of URLs: good ones stored, each bad one journaled under its URL', async () => {
    const store = SqliteStore.open(':memory:');
    const results: IngestResult[] = [];
    const urls = ['/article', '/pdf', '/hop1', '/missing'].map((p) => `${base}${p}`);
    const summary = await ingestPaths(urls, store, {
      analyzer: prepareDoc,
      fetch: LOCAL,
      onResult: (r) => results.push(r),
    });
    assert.deepEqual(
      results.map((r) => [r.path, r.status]),
      [
        [urls[0], 'stored'],
        [urls[1], 'failed'],
        [urls[2], 'duplicate'],
        [urls[3], 'failed'],
      ],
    );
    assert.deepEqual([summary.stored, summary.duplicates, summary.failed], [1, 1, 2]);
    const doc = await store.get(results[0]!.id!);
    assert.equal(doc?.source.kind, 'html');
    assert.equal(doc?.source.uri, urls[0]);
    const pdf = await store.ingestedItem(urls[1]!);
    assert.equal(pdf?.status, 'failed');
    assert.match(pdf?.error ?? '', /application\/pdf/);
    assert.equal((await store.ingestedItem(urls[0]!))?.status, 'stored');
    await store.close();
  });
});
