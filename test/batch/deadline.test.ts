import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewsgraphError } from '../../src/errors.js';
import { ingestPaths, type IngestResult } from '../../src/service/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { articleFolder } from './articles.js';

describe('ingest with a per-article deadline', () => {
  it('fails each article over it with ANALYSIS_TIMEOUT and goes on with the next (the worker is replaced)', async () => {
    const folder = articleFolder(2);
    const store = SqliteStore.open(':memory:');
    try {
      const results: IngestResult[] = [];
      // One worker and a millisecond: no article can finish, so every one must fail on its own.
      await ingestPaths([folder.input], store, {
        workers: 1,
        deadlineSeconds: 0.001,
        onResult: (r) => results.push(r),
      });
      assert.equal(results.length, 2);
      for (const result of results) {
        assert.equal(result.status, 'failed');
        assert.ok(result.error instanceof NewsgraphError);
        assert.equal(result.error.code, 'ANALYSIS_TIMEOUT');
        assert.match(result.error.message, /took too long to analyse \(over the 0\.001 s deadline\)/);
        assert.equal(result.error.exitCode, 65);
      }
    } finally {
      await store.close();
      folder.cleanup();
    }
  });
});
