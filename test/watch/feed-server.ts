/**
 * A feed server for the watch tests, on 127.0.0.1 only: RSS feeds with ETag and Last-Modified that answer
 * 304 to a matching If-None-Match, short article pages (whose requests can be held unanswered), a robots.txt,
 * a feed that always fails, and a log of every request with the headers that matter.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestHold } from './request-hold.js';

export interface Logged {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  status: number;
}

export interface TestItem {
  path: string;
  guid: string;
  title: string;
  text: string;
}

export class FeedServer {
  readonly log: Logged[] = [];
  /** Feed path → its items, newest first; a new version each time items are added. */
  private readonly feeds = new Map<string, { items: TestItem[]; version: number }>();
  private readonly pages = new Map<string, string>();
  private readonly failing = new Set<string>();
  private server?: Server;
  /** Article page answers can be held (`hold.hold()`) to catch a worker mid-job. */
  readonly hold = new RequestHold();
  robots = '';
  base = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const { status, headers, body } = this.answer(request);
      this.log.push({
        path: request.url ?? '',
        ...(request.headers['if-none-match'] ? { ifNoneMatch: request.headers['if-none-match'] } : {}),
        ...(request.headers['if-modified-since']
          ? { ifModifiedSince: request.headers['if-modified-since'] }
          : {}),
        status,
      });
      const send = (): void => void response.writeHead(status, headers).end(body);
      if (this.pages.has(request.url ?? '')) this.hold.answer(send);
      else send();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.hold.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Adds items to a feed (a new ETag and Last-Modified) and serves their pages. */
  add(feed: string, items: TestItem[]): void {
    const current = this.feeds.get(feed) ?? { items: [], version: 0 };
    this.feeds.set(feed, { items: [...items, ...current.items], version: current.version + 1 });
    for (const item of items) this.pages.set(item.path, page(item));
  }

  fail(feed: string): void {
    this.failing.add(feed);
  }

  /** Requests for `path` so far. */
  hits(path: string): Logged[] {
    return this.log.filter((entry) => entry.path === path);
  }

  private answer(request: IncomingMessage): {
    status: number;
    headers: Record<string, string>;
    body: string;
  } {
    const path = request.url ?? '';
    if (path === '/robots.txt')
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: this.robots };
    if (this.failing.has(path)) return { status: 500, headers: {}, body: 'broken' };
    const feed = this.feeds.get(path);
    if (feed) {
      const etag = `"${path}-v${feed.version}"`;
      // Each version a day apart: an HTTP date, as servers send it.
      const lastModified = new Date(Date.UTC(2025, 7, feed.version)).toUTCString();
      if (request.headers['if-none-match'] === etag) return { status: 304, headers: { etag }, body: '' };
      const headers = { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified };
      return { status: 200, headers, body: this.rss(path, feed.items) };
    }
    const html = this.pages.get(path);
    if (html) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
    return { status: 404, headers: {}, body: 'no such page' };
  }

  private rss(path: string, items: TestItem[]): string {
    const entries = items
      .map(
        (item) =>
          `<item><title>${item.title}</title><link>${this.base}${item.path}</link>` +
          `<guid isPermaLink="false">${item.guid}</guid><pubDate>Mon, 18 Aug 2025 09:00:00 GMT</pubDate>` +
          `<description>${item.title}</description></item>`,
      )
      .join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>${path}</title>${entries}</channel></rss>`;
  }
}

function page(item: TestItem): string {
  return `<!doctype html><html><head><title>${item.title}</title></head><body><article><h1>${item.title}</h1><p>${item.text}</p></article></body></html>`;
}
