import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzesInWorker } from '../../src/cli/prestart.js';
import { AnalyzerPool } from '../../src/ingest/batch/pool.js';
import { prestartWorker } from '../../src/ingest/batch/worker-thread.js';

const argv = (...args: string[]): string[] => ['node', 'newsgraph', ...args];

describe('the analysis worker started ahead of its pool', () => {
  it('is started for analyze with a deadline, not for other commands, --deadline 0 or help', () => {
    assert.equal(analyzesInWorker(argv('analyze', 'a.txt', '--format', 'text')), true);
    assert.equal(analyzesInWorker(argv('analyze', 'a.txt', '--deadline', '5')), true);
    assert.equal(analyzesInWorker(argv('ingest', 'folder')), false);
    assert.equal(analyzesInWorker(argv('analyze', 'a.txt', '--deadline', '0')), false);
    assert.equal(analyzesInWorker(argv('analyze', 'a.txt', '--deadline=0')), false);
    assert.equal(analyzesInWorker(argv('analyze', '--help')), false);
    assert.equal(analyzesInWorker(argv()), false);
  });

  it('is taken by the next pool, which gets the ready message the worker sent before', async () => {
    // The untaken worker does not keep the process alive: an interval does, while it gets ready.
    const alive = setInterval(() => undefined, 1000);
    await prestartWorker().finally(() => clearInterval(alive)); // resolves on ready, before any pool listens
    const pool = new AnalyzerPool(1, {}, { deadlineSeconds: 600 });
    try {
      const doc = await pool.analyze({
        kind: 'text',
        content: 'Angela Merkel visited Paris on Monday.',
        meta: { published: '2021-03-01' },
        notes: [],
        path: 'merkel.txt',
        encoding: 'utf-8',
      });
      assert.ok(doc.entities.some((e) => e.name === 'Angela Merkel'));
    } finally {
      await pool.close();
    }
  });
});
