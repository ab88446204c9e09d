/**
 * The monitor benchmark's feed server: `feeds` RSS feeds of `perFeed` items each, spread over `hosts`
 * listeners on 127.0.0.1 (one port each: a "host" to the watcher's per-host politeness), article pages for
 * every item, a robots.txt allowing all, and every answer delayed by a latency drawn from [min, max] ms (a
 * seeded generator, the same delays on every run).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchItem } from './monitor-corpus.js';

export interface ServerShape {
  feeds: number;
  perFeed: number;
  hosts: number;
  latencyMs: readonly [number, number];
}

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** mulberry32: a small seeded generator, so the latencies are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class MonitorFeedServer {
  private readonly servers: Server[] = [];
  private readonly random = seeded(14);
  requests = 0;

  constructor(
    private readonly shape: ServerShape,
    private readonly items: readonly BenchItem[],
  ) {}

  async start(): Promise<void> {
    for (let h = 0; h < this.shape.hosts; h++) {
      const server = createServer((req, res) => this.answer(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      this.servers.push(server);
    }
  }

  async stop(): Promise<void> {
    for (const server of this.servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  private base(feed: number): string {
    const server = this.servers[feed % this.servers.length]!;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  feedUrls(): string[] {
    return Array.from({ length: this.shape.feeds }, (_, f) => `${this.base(f)}/feeds/f${f}.xml`);
  }

  private item(feed: number, n: number): BenchItem {
    return this.items[feed * this.shape.perFeed + n]!;
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    this.requests++;
    const [min, max] = this.shape.latencyMs;
    const { status, type, body } = this.page(req.url ?? '');
    setTimeout(
      () => res.writeHead(status, { 'content-type': type }).end(body),
      min + this.random() * (max - min),
    );
  }

  private page(path: string): { status: number; type: string; body: string } {
    if (path === '/robots.txt') return { status: 200, type: 'text/plain', body: 'User-agent: *\nAllow: /\n' };
    const feed = /^\/feeds\/f(\d+)\.xml$/.exec(path);
    if (feed && Number(feed[1]) < this.shape.feeds)
      return { status: 200, type: 'application/rss+xml', body: this.rss(Number(feed[1])) };
    const article = /^\/a\/(\d+)\/(\d+)\.html$/.exec(path);
    const [f, n] = [Number(article?.[1]), Number(article?.[2])];
    if (article && f < this.shape.feeds && n < this.shape.perFeed)
      return { status: 200, type: 'text/html; charset=utf-8', body: html(this.item(f, n)) };
    return { status: 404, type: 'text/plain', body: 'not found' };
  }

  private rss(f: number): string {
    const entries = Array.from({ length: this.shape.perFeed }, (_, n) => {
      const item = this.item(f, n);
      const published = new Date(Date.UTC(2025, 0, 1, 0, n)).toUTCString();
      return `<item><title>${escape(item.title)}</title><link>${this.base(f)}/a/${f}/${n}.html</link><guid isPermaLink="false">f${f}-${n}</guid><pubDate>${published}</pubDate></item>`;
    }).join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>feed ${f}</title>${entries}</channel></rss>`;
  }
}

function html(item: BenchItem): string {
  const body = item.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
  const title = escape(item.title);
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}
