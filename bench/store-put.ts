/**
 * Store write benchmark: `put` of analysed Docs on both engines, in ms per article.
 *
 *   npm run bench -- store-put [--articles N] [folder]
 *   default folder: ../shared/data/corpus/bbc-news (from the project root); the first N (default 100) files.
 *   PostgreSQL: the database `NEWSGRAPH_BENCH_PG_URL` (else `NEWSGRAPH_TEST_PG_URL`) names, in a fresh schema
 *   dropped afterwards; without either URL only SQLite is measured.
 *
 * Every article is read and analysed first (untimed). Then per engine: a fresh store (a SQLite file in a
 * temporary folder, WAL mode as `openStore` makes it; a new PostgreSQL schema), opened and migrated untimed,
 * and every Doc `put` in turn, one awaited call after the other (each its own transaction with the corpus
 * update: duplicates, stories, entities, corroboration), timed from the first put to the last.
 *
 * Last line: {"task":"store-put","articles","sqliteMsPerArticle","postgresMsPerArticle"}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Doc } from '../src/doc/types.js';
import { listInputs, readInputFile } from '../src/ingest/index.js';
import { analyze } from '../src/pipeline.js';
import { openStore, type Store } from '../src/store/index.js';
import { packageRoot } from '../src/util/paths.js';
import { admin } from '../test/store/postgres/pg-test-db.js';

const DEFAULT_DATA = '../shared/data/corpus/bbc-news';

function analysedDocs(folder: string, count: number): Doc[] {
  return listInputs([folder])
    .slice(0, count)
    .map((path) => {
      const read = readInputFile(path);
      return analyze({ kind: read.kind, content: read.content, ...(read.meta ? { meta: read.meta } : {}) });
    });
}

/** ms per article to put every Doc into `store` (opened and migrated before the clock starts). */
async function timePuts(store: Store, docs: readonly Doc[]): Promise<number> {
  await store.count(); // connects and migrates
  const started = performance.now();
  for (const doc of docs) await store.put(doc);
  const ms = performance.now() - started;
  if ((await store.count()) !== new Set(docs.map((d) => d.id)).size)
    throw new Error('not every article stored');
  return ms / docs.length;
}

async function sqliteFigure(docs: readonly Doc[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    return await timePuts(store, docs);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresFigure(base: string, docs: readonly Doc[]): Promise<number> {
  const schema = `ng_bench_${process.pid}`;
  await admin(base, `CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = openStore(url.toString());
  try {
    return await timePuts(store, docs);
  } finally {
    await store.close();
    await admin(base, `DROP SCHEMA ${schema} CASCADE`);
  }
}

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { articles: { type: 'string' } },
    allowPositionals: true,
  });
  const folder = resolve(packageRoot(), positionals[0] ?? DEFAULT_DATA);
  const docs = analysedDocs(folder, Number(values.articles ?? 100));
  const pgUrl = process.env.NEWSGRAPH_BENCH_PG_URL ?? process.env.NEWSGRAPH_TEST_PG_URL;
  const sqlite = await sqliteFigure(docs);
  const postgres = pgUrl ? await postgresFigure(pgUrl, docs) : null;
  const round = (ms: number | null): number | null => (ms === null ? null : Math.round(ms * 100) / 100);
  console.log(`articles ${docs.length}`);
  console.log(`sqlite    ${round(sqlite)} ms/article`);
  console.log(`postgres  ${postgres === null ? 'not measured (no URL)' : `${round(postgres)} ms/article`}`);
  console.log(
    JSON.stringify({
      task: 'store-put',
      articles: docs.length,
      sqliteMsPerArticle: round(sqlite),
      postgresMsPerArticle: round(postgres),
    }),
  );
}
