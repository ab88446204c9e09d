import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { smallArticle } from '../batch/articles.js';
import { ROOT, type CliRun } from './run.js';

const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

/** `newsgraph <args>` as a child process that runs alongside others (cli() in run.ts waits for each). */
function cliAsync(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NEWSGRAPH_DEBUG: '', NEWSGRAPH_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two ingest processes on one SQLite file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-concurrent-'));
    // Overlapping folders: articles 10–19 are in both (same text, so the same article).
    for (const [folder, from, to] of [
      ['left', 0, 20],
      ['right', 10, 30],
    ] as const) {
      mkdirSync(join(dir, folder));
      for (let i = from; i < to; i++) writeFileSync(join(dir, folder, `a-${i}.txt`), smallArticle(i));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('both succeed (exit 0) and every article is stored exactly once', async () => {
    const db = join(dir, 'shared.db');
    const args = (folder: string): string[] => [
      'ingest',
      join(dir, folder),
      '--db',
      db,
      '--workers',
      '0',
      '--progress-every',
      '0',
    ];
    const [left, right] = await Promise.all([cliAsync(args('left')), cliAsync(args('right'))]);
    assert.equal(left.code, 0, left.stderr);
    assert.equal(right.code, 0, right.stderr);
    const read = new Database(db, { readonly: true });
    try {
      const texts = read.prepare('SELECT text FROM articles').pluck().all() as string[];
      assert.equal(texts.length, 30);
      assert.equal(new Set(texts.map((t) => t.trim())).size, 30);
      const stored = (out: string): number[] =>
        (/stored (\d+), duplicates (\d+)/.exec(out) ?? []).slice(1).map(Number);
      const [ls, ld] = stored(left.stdout);
      const [rs, rd] = stored(right.stdout);
      // 40 files, 30 articles: the ten in both folders are stored by one run and a duplicate in the other.
      assert.deepEqual([ls! + rs!, ld! + rd!], [30, 10]);
    } finally {
      read.close();
    }
  });
});
