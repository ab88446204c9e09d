import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { cli, lines, ROOT } from '../cli/run.js';
import { articleFolder } from './articles.js';

const ARTICLES = 60;
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const PROGRESS_LINE = /^progress: \d+\/\d+ articles, \d+\.\d articles\/s, \d+ errors?(, ETA \d+:\d\d)?$/;

/** Reads the database the way another process would, while the ingest may still be writing it. */
function query<T>(db: string, sql: string): T[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

function storedCount(db: string): number {
  try {
    return query<{ n: number }>(db, `SELECT count(*) AS n FROM ingest_items WHERE status = 'stored'`)[0]!.n;
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Starts `newsgraph ingest`, and SIGKILLs it as soon as a few articles are committed. */
async function ingestKilledMidway(input: string, db: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'ingest', input, '--db', db, '--workers', '2'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NEWSGRAPH_DB: '' },
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let done = false;
  void exited.then(() => (done = true));
  while (!done && storedCount(db) < 3) await sleep(20);
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the ingest was still running when killed');
}

describe('kill -9 during an ingest, then run it again', () => {
  let folder: ReturnType<typeof articleFolder>;
  let db: string;
  let committedBeforeKill: string[];
  let rerun: ReturnType<typeof cli>;

  before(async () => {
    folder = articleFolder(ARTICLES);
    db = join(folder.dir, 'news.db');
    await ingestKilledMidway(folder.input, db);
    committedBeforeKill = query<{ k: string }>(
      db,
      `SELECT input_key AS k FROM ingest_items ORDER BY rowid`,
    ).map((r) => r.k);
    // In the main thread this time: the journal is the same whichever way articles are analysed.
    rerun = cli(['ingest', folder.input, '--db', db, '--workers', '1', '--progress-every', '1']);
  });
  after(() => folder.cleanup());

  it('was killed midway, with a prefix of the inputs committed (results are stored in input order)', () => {
    assert.ok(
      committedBeforeKill.length >= 3 && committedBeforeKill.length < ARTICLES,
      `${committedBeforeKill.length}`,
    );
    const expected = Array.from({ length: committedBeforeKill.length }, (_, i) =>
      join(folder.input, `a-${String(i).padStart(3, '0')}.txt`),
    );
    assert.deepEqual(committedBeforeKill, expected);
  });

  it('the re-run skips what was committed and stores the rest', () => {
    assert.equal(rerun.code, 0, rerun.stderr);
    const k = committedBeforeKill.length;
    assert.deepEqual(lines(rerun.stdout), [
      `skipped ${k} done in an earlier run (--no-resume redoes them)`,
      // The k done before are skipped, not counted again as duplicates (issue 16).
      `stored ${ARTICLES - k}, duplicates 0, failed 0`,
    ]);
    for (const line of lines(rerun.stderr)) assert.match(line, PROGRESS_LINE);
  });

  it('stores every article exactly once, each with its journal row, and completes the journal', () => {
    const [articles] = query<{ n: number }>(db, 'SELECT count(*) AS n FROM articles');
    assert.equal(articles!.n, ARTICLES);
    const rows = query<{ status: string; n: number; keys: number; ids: number }>(
      db,
      `SELECT status, count(*) AS n, count(DISTINCT input_key) AS keys, count(DISTINCT article_id) AS ids
         FROM ingest_items GROUP BY status`,
    );
    // Nothing was analysed twice: no input is journaled twice, and none turned out a duplicate.
    assert.deepEqual(rows, [{ status: 'stored', n: ARTICLES, keys: ARTICLES, ids: ARTICLES }]);
    const orphans = query(
      db,
      'SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ingest_items i WHERE i.article_id = a.id)',
    );
    assert.deepEqual(orphans, []);
    const runs = query<{ id: number; done: number }>(
      db,
      'SELECT id, finished_at IS NOT NULL AS done FROM ingest_runs ORDER BY id',
    );
    assert.deepEqual(runs, [
      { id: 1, done: 0 },
      { id: 2, done: 1 },
    ]);
  });
});
