/** The parts of `watch`: feeds files, intervals, backoff and Retry-After, 429 handling, webhook address policy. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nextPollDelay, retryAfterSeconds } from '../../src/watch/schedule.js';
import {
  deliverHit,
  HostGate,
  parseEvery,
  pollFeed,
  readFeedsFile,
  RobotsRules,
} from '../../src/watch/index.js';

describe('feeds files', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-feeds-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('reads text: one URL a line, comments, every=', () => {
    const path = file(
      'feeds.txt',
      '# news\nhttps://a.example/rss every=5m\n\nhttps://b.example/atom # hourly-ish\n',
    );
    assert.deepEqual(readFeedsFile(path), [
      { url: 'https://a.example/rss', everySeconds: 300 },
      { url: 'https://b.example/atom' },
    ]);
    assert.throws(
      () => readFeedsFile(file('bad.txt', 'https://a.example/rss\nftp://x\n')),
      /line 2.*not an http/,
    );
    assert.throws(() => readFeedsFile(file('bad2.txt', 'https://a.example/rss often\n')), /unknown setting/);
  });

  it('reads OPML outlines, nested, with an every attribute', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="World"><outline type="rss" xmlUrl="https://a.example/rss?x=1&amp;y=2" every="1h"/></outline>
      <outline type="rss" xmlUrl="https://b.example/feed"/></body></opml>`;
    assert.deepEqual(readFeedsFile(file('feeds.opml', opml)), [
      { url: 'https://a.example/rss?x=1&y=2', everySeconds: 3600 },
      { url: 'https://b.example/feed' },
    ]);
  });

  it('reads intervals from 10s to 7d', () => {
    assert.equal(parseEvery('15m', 'x'), 900);
    assert.equal(parseEvery('2h', 'x'), 7200);
    assert.throws(() => parseEvery('1s', '--every'), /--every/);
    assert.throws(() => parseEvery('soon', '--every'), /not an interval/);
  });
});

describe('schedule', () => {
  it('backs off exponentially after errors, capped, and never sooner than Retry-After', () => {
    assert.equal(nextPollDelay(900, 0), 900);
    assert.equal(nextPollDelay(900, 1), 1800);
    assert.equal(nextPollDelay(900, 10), 6 * 3600);
    assert.equal(nextPollDelay(900, 1, 7200), 7200);
    assert.equal(nextPollDelay(900, 1, 10), 1800);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2025-08-20T12:00:00Z');
    assert.equal(retryAfterSeconds('120', now), 120);
    assert.equal(retryAfterSeconds('Wed, 20 Aug 2025 12:10:00 GMT', now), 600);
    assert.equal(retryAfterSeconds('whenever', now), undefined);
    assert.equal(retryAfterSeconds(undefined, now), undefined);
  });
});

describe('a local server that says 429, and webhooks', () => {
  const posted: string[] = [];
  let base = '';
  const server = createServer((request, response) => {
    if (request.url === '/busy.xml') return void response.writeHead(429, { 'retry-after': '7200' }).end();
    if (request.url === '/hook') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => (posted.push(body), response.writeHead(204).end()));
      return;
    }
    response.writeHead(404).end();
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a 429 with Retry-After pushes the next poll back and pauses the host', async () => {
    const gate = new HostGate(0);
    const fetch = { allowPrivate: true };
    const now = new Date('2025-08-20T12:00:00Z');
    const feed = { url: `${base}/busy.xml`, everySeconds: 900, errorStreak: 0 };
    const poll = await pollFeed(feed, now, {
      gate,
      robots: new RobotsRules(gate, fetch),
      fetch,
      maxBytes: 1 << 20,
    });
    assert.equal(poll.record.result, 'error');
    assert.match(poll.record.error ?? '', /HTTP 429 \(Retry-After 7200 s\)/);
    assert.equal(poll.record.nextPollAt, '2025-08-20T14:00:00.000Z');
    assert.ok(gate.blockedUntil(feed.url, Date.now()) !== undefined);
  });

  it('refuses a loopback webhook unless allowed, and POSTs the hit as JSON when it is', async () => {
    const hit = { alert: { id: 1, name: 'x' }, article: { id: 'a1' }, at: '2025-08-20T12:00:00.000Z' };
    await assert.rejects(deliverHit({ webhook: `${base}/hook` }, hit), /loopback address/);
    assert.deepEqual(posted, []);
    await deliverHit({ webhook: `${base}/hook` }, hit, { allowPrivate: true });
    assert.deepEqual(
      posted.map((body) => JSON.parse(body) as unknown),
      [hit],
    );
  });
});
