/**
 * The bundled bin (`dist/cli/`, built by `npm run bundle:cli` in `prepare`) against the source: the bundle is
 * built from `src/` into a folder of its own here and must print exactly what the source's `analyze` prints,
 * in both formats (its worker thread, the gazetteer cache key and the packages it leaves in node_modules
 * all take other paths than under tsx).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundleCli } from '../../scripts/bundle-cli.js';
import { analyzePath } from '../../src/service/analyze.js';
import { formatReport } from '../../src/service/report/index.js';
import { ROOT } from './run.js';

const SEED = join(ROOT, 'examples', 'seed-article.txt');
const PUBLISHED = '2025-08-14';

describe('the bundled CLI', () => {
  const artifacts = join(ROOT, 'test', 'artifacts');
  let outdir = '';
  let cacheDir = '';

  before(async () => {
    outdir = join(artifacts, `bundle-${process.pid}`);
    await bundleCli(join(ROOT, 'src'), outdir);
    cacheDir = mkdtempSync(join(artifacts, 'bundle-cache-'));
  });
  after(() => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const run = (args: readonly string[]): string => {
    const result = spawnSync(process.execPath, [join(outdir, 'main.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEWSGRAPH_DEBUG: '', NEWSGRAPH_DB: '', NEWSGRAPH_CACHE_DIR: cacheDir },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };

  it('is one entry per thread plus shared chunks, with the worker next to the code that starts it', () => {
    assert.ok(existsSync(join(outdir, 'main.js')) && existsSync(join(outdir, 'worker.js')));
    assert.ok(readdirSync(outdir).length < 100);
  });

  it('analyses the seed exactly as the source does, as JSON and as text', async () => {
    const doc = await analyzePath(SEED, { published: PUBLISHED });
    const args = ['analyze', SEED, '--published', PUBLISHED];
    assert.equal(run([...args, '--format', 'json']), `${JSON.stringify(doc, null, 2)}\n`);
    assert.equal(run([...args, '--format', 'text']), formatReport(doc));
  });

  it('caches the gazetteer in its NEWSGRAPH_CACHE_DIR', () => {
    assert.ok(readdirSync(cacheDir).some((name) => name.startsWith('gazetteer-')));
  });
});
