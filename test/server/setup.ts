import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/index.js';
import { ingestPaths } from '../../src/service/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { freshSchema } from '../store/postgres/pg-test-db.js';

/**
 * The engine the fixtures' stores use: SQLite, or with `NEWSGRAPH_TEST_ENGINE=postgres` a fresh schema of
 * `NEWSGRAPH_TEST_PG_URL` each (dropped on close), so the server's tests run on either engine.
 */
async function testStore(
  sqlitePath: string,
): Promise<{ store: Store; db: string; drop: () => Promise<void> }> {
  if (process.env.NEWSGRAPH_TEST_ENGINE !== 'postgres')
    return { store: openStore(sqlitePath), db: sqlitePath, drop: async () => {} };
  const schema = await freshSchema();
  return { store: openStore(schema.url), db: schema.url, drop: schema.drop };
}

/** The articles of the test corpus and the publication dates they are ingested with. */
export const CORPUS = [
  { path: join(packageRoot(), 'examples', 'seed-article.txt'), published: '2025-08-14' },
  {
    path: join(packageRoot(), 'test', 'server', 'texts', 'paris-talks.txt'),
    published: '2025-09-02T10:00:00+02:00',
  },
  { path: join(packageRoot(), 'test', 'server', 'texts', 'flood-relief.txt'), published: '2025-10-30' },
];

export interface Fixture {
  app: FastifyInstance;
  store: Store;
  dir: string;
  /** Where the store is, as `--db` takes it: the SQLite file, or the PostgreSQL URL. */
  db: string;
  /** Article id by file name (`seed-article.txt` …). */
  ids: Map<string, string>;
  close: () => Promise<void>;
}

/** A temp store (SQLite file, or see `testStore`) holding the corpus (ingested by the service, as the CLI does) and a server over it. */
export async function corpusServer(options: Partial<ServerOptions> = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-server-'));
  const { store, db, drop } = await testStore(join(dir, 'news.db'));
  const ids = new Map<string, string>();
  for (const { path, published } of CORPUS) {
    const summary = await ingestPaths([path], store, { published });
    const result = summary.results[0];
    if (result?.status !== 'stored' || !result.id) throw new Error(`fixture: ${path} was not stored`);
    ids.set(path.split('/').at(-1)!, result.id);
  }
  const app = await buildServer({ store, webRoot: null, ...options });
  return {
    app,
    store,
    dir,
    db,
    ids,
    close: async () => {
      await app.close();
      await store.close();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An empty in-memory store and a server over it. */
export async function emptyServer(options: Partial<ServerOptions> = {}) {
  const { store, drop } = await testStore(':memory:');
  const app = await buildServer({ store, webRoot: null, ...options });
  return { app, store, close: async () => (await app.close(), await store.close(), await drop()) };
}

/** The parsed JSON body of an inject response. */
export const json = <T = Record<string, unknown>>(response: { body: string }): T =>
  JSON.parse(response.body) as T;

export interface ErrorJson {
  error: { code: string; message: string };
}
