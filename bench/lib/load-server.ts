/**
 * The server under load, in its own process so the load generator's timing is not the server's event loop:
 * a temp SQLite store with the three example articles, the API on 127.0.0.1 at a free port. Sends
 * `{ url, ids }` to the parent over IPC; exits when the parent disconnects. Used by bench/load.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/index.js';
import { ingestPaths } from '../../src/service/index.js';
import { openStore } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';

const ARTICLES = [
  ['examples/seed-article.txt', '2025-08-14'],
  ['test/server/texts/paris-talks.txt', '2025-09-02'],
  ['test/server/texts/flood-relief.txt', '2025-10-30'],
] as const;

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
const store = openStore(join(dir, 'news.db'));
const ids: string[] = [];
for (const [path, published] of ARTICLES) {
  const summary = await ingestPaths([join(packageRoot(), path)], store, { published });
  const id = summary.results[0]?.id;
  if (id) ids.push(id);
}
const server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: null });
process.send?.({ url: server.url, ids });
process.on('disconnect', () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
});
