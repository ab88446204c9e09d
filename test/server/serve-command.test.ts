import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, ROOT } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph serve', () => {
  it('refuses a non-loopback host without NEWSGRAPH_TOKEN, before creating a database', () => {
    const db = join(dir, 'refused.db');
    const run = cli(['serve', '--host', '0.0.0.0', '--db', db], { env: { NEWSGRAPH_TOKEN: '' } });
    assert.equal(run.code, 64);
    assert.match(run.stderr, /--host 0\.0\.0\.0.*NEWSGRAPH_TOKEN/);
    assert.equal(existsSync(db), false);
  });

  it('refuses a bad port and a bad body limit', () => {
    assert.equal(cli(['serve', '--port', '70000', '--db', join(dir, 'x.db')]).code, 64);
    assert.equal(cli(['serve', '--max-body', '-1', '--db', join(dir, 'x.db')]).code, 64);
  });

  it('serves on loopback until stopped, then exits 0', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src', 'cli', 'main.ts'),
        'serve',
        '--port',
        '0',
        '--db',
        join(dir, 'news.db'),
      ],
      { cwd: ROOT, env: { ...process.env, NEWSGRAPH_DB: '', NEWSGRAPH_TOKEN: '' } },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /serving .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const health = await fetch(`${url}/api/health`);
    assert.deepEqual(await health.json(), { ok: true, articles: 0 });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
