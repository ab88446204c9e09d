import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli } from '../cli/run.js';

describe('queue commands on the command line', () => {
  it('refuse a SQLite store: the queue lives in PostgreSQL', () => {
    for (const args of [['worker'], ['enqueue', 'https://news.example/a']]) {
      const run = cli([...args, '--db', 'news.db']);
      assert.equal(run.code, 64, run.stderr);
      assert.match(run.stderr, /needs a PostgreSQL store/);
    }
  });

  it('enqueue refuses what is not an http(s) URL before connecting', () => {
    const run = cli(['enqueue', 'news.example/a', '--db', 'postgres://127.0.0.1:1/none']);
    assert.equal(run.code, 64, run.stderr);
    assert.match(run.stderr, /news\.example\/a: invalid argument \(not an http\(s\) URL\)/);
  });
});
