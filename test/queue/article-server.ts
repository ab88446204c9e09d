import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { smallArticle } from '../batch/articles.js';
import { RequestHold } from '../watch/request-hold.js';

/**
 * Small article pages on 127.0.0.1 (`/a/0` … `/a/<n-1>`; anything else is a 404), whose page requests can
 * be held unanswered, to catch a worker in the middle of a job.
 */
export class ArticleServer {
  private readonly hold = new RequestHold();

  private constructor(
    private readonly server: Server,
    private readonly pages: number,
  ) {}

  static async start(pages: number): Promise<ArticleServer> {
    const server = createServer();
    const articles = new ArticleServer(server, pages);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => articles.answer(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return articles;
  }

  private get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  pageUrl(i: number): string {
    return `${this.base}/a/${i}`;
  }

  missingUrl(): string {
    return `${this.base}/missing`;
  }

  /** From now on page requests wait until `release`. */
  holdRequests(): void {
    this.hold.hold();
  }

  /** Page requests waiting for `release`. */
  held(): number {
    return this.hold.held();
  }

  release(): void {
    this.hold.release();
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const page = /^\/a\/(\d+)$/.exec(req.url ?? '');
    const i = Number(page?.[1]);
    if (!page || i >= this.pages) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const send = (): void => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(i));
    };
    this.hold.answer(send);
  }
}

function articlePage(i: number): string {
  const [title, , ...paragraphs] = smallArticle(i).trim().split('\n');
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}
