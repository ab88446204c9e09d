/**
 * Store write benchmark: `put` of analysed Docs on both engines, in ms per article.
 *
 *   npm run bench -- store-put [--articles N] [--rounds R] [--against TREE] [folder]
 *   default folder: ../shared/data/corpus/bbc-news (from the project root); the first N (default 100) files.
 *   PostgreSQL: the database `NEWSGRAPH_BENCH_PG_URL` (else `NEWSGRAPH_TEST_PG_URL`) names, in a fresh schema
 *   dropped afterwards; without either URL only SQLite is measured.
 *
 * Every article is read and analysed first (untimed). Then per engine: a fresh store (a SQLite file in a
 * temporary folder, WAL mode as `openStore` makes it; a new PostgreSQL schema), opened and migrated untimed,
 * and every Doc `put` in turn, one awaited call after the other (each its own transaction with the corpus
 * update: duplicates, stories, entities, corroboration), timed from the first put to the last.
 *
 * `--against TREE` (another checkout of newsgraph, e.g. a worktree of an older commit with this tree's
 * `node_modules` linked in) times that tree's store on the same Docs in the same run, interleaved: each of
 * `--rounds` rounds (default 1) times both trees on each engine, the order swapped every round, so a load
 * that comes and goes on a shared machine falls on both alike. Figures are the median of the rounds.
 *
 * Last line: {"task":"store-put","articles","sqliteMsPerArticle","postgresMsPerArticle"} (and `against…`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Doc } from '../src/doc/types.js';
import { listInputs, readInputFile } from '../src/ingest/index.js';
import { analyze } from '../src/pipeline.js';
import { openStore as openHere, type Store } from '../src/store/index.js';
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
/** Wall and this process's CPU time (the engine's own for SQLite; PostgreSQL's server not counted). */
interface Timing {
  wall: number;
  cpu: number;
}

async function timePuts(store: Store, docs: readonly Doc[]): Promise<Timing> {
  await store.count(); // connects and migrates
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of docs) await store.put(doc);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  if ((await store.count()) !== new Set(docs.map((d) => d.id)).size)
    throw new Error('not every article stored');
  return { wall: ms / docs.length, cpu: (user + system) / 1000 / docs.length };
}

type OpenStore = (location: string) => Store;

async function sqliteFigure(openStore: OpenStore, docs: readonly Doc[]): Promise<Timing> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    return await timePuts(store, docs);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresFigure(openStore: OpenStore, base: string, docs: readonly Doc[]): Promise<Timing> {
  const schema = `ng_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const show = (t: Timing | undefined): string => (t ? `${t.wall.toFixed(2)} (${t.cpu.toFixed(2)})` : '-');
const round = (ms: number | null): number | null => (ms === null ? null : Math.round(ms * 100) / 100);

export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { articles: { type: 'string' }, rounds: { type: 'string' }, against: { type: 'string' } },
    allowPositionals: true,
  });
  const folder = resolve(packageRoot(), positionals[0] ?? DEFAULT_DATA);
  const docs = analysedDocs(folder, Number(values.articles ?? 100));
  const pgUrl = process.env.NEWSGRAPH_BENCH_PG_URL ?? process.env.NEWSGRAPH_TEST_PG_URL;
  const trees: { name: string; open: OpenStore }[] = [{ name: 'this tree', open: openHere }];
  if (values.against) {
    const entry = pathToFileURL(resolve(values.against, 'src/store/index.ts')).href;
    const other = (await import(entry)) as { openStore: OpenStore };
    trees.push({ name: values.against, open: other.openStore });
  }
  const times = trees.map(() => ({ sqlite: [] as Timing[], postgres: [] as Timing[] }));
  const rounds = Number(values.rounds ?? 1);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? trees.keys() : [...trees.keys()].reverse();
    for (const t of order) {
      times[t]!.sqlite.push(await sqliteFigure(trees[t]!.open, docs));
      if (pgUrl) times[t]!.postgres.push(await postgresFigure(trees[t]!.open, pgUrl, docs));
    }
    const line = trees.map(
      (tree, t) => `${tree.name}: ${show(times[t]!.sqlite.at(-1))} / ${show(times[t]!.postgres.at(-1))}`,
    );
    console.log(`round ${r + 1} (sqlite / postgres ms per article, wall (cpu)) ${line.join(', ')}`);
  }
  const figure = (values: Timing[], of: keyof Timing = 'wall'): number | null =>
    values.length === 0 ? null : round(median(values.map((v) => v[of])));
  const [here, against] = times.map((t) => ({ sqlite: figure(t.sqlite), postgres: figure(t.postgres) }));
  console.log(`articles ${docs.length}, rounds ${rounds} (medians; cpu: this process's)`);
  for (const [t, tree] of trees.entries()) {
    const { sqlite, postgres } = times[t]!;
    const pg = postgres.length
      ? `${figure(postgres)} (cpu ${figure(postgres, 'cpu')})`
      : 'not measured (no URL)';
    console.log(
      `${tree.name}: sqlite ${figure(sqlite)} (cpu ${figure(sqlite, 'cpu')}) ms/article, postgres ${pg}`,
    );
  }
  console.log(
    JSON.stringify({
      task: 'store-put',
      articles: docs.length,
      rounds,
      sqliteMsPerArticle: here!.sqlite,
      postgresMsPerArticle: here!.postgres,
      ...(against && {
        againstSqliteMsPerArticle: against.sqlite,
        againstPostgresMsPerArticle: against.postgres,
      }),
    }),
  );
}
