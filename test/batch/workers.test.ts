import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ingestPaths, type IngestResult } from '../../src/service/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { articleFolder } from './articles.js';

interface Ingested {
  results: IngestResult[];
  store: SqliteStore;
}

/** Worker threads must change how fast a batch goes, never what is stored. */
describe('ingest with worker threads', () => {
  let folder: ReturnType<typeof articleFolder>;
  let inProcess: Ingested;
  let threaded: Ingested;

  async function ingest(workers: number): Promise<Ingested> {
    const store = SqliteStore.open(':memory:', { now: () => new Date('2025-08-15T00:00:00Z') });
    const results: IngestResult[] = [];
    await ingestPaths([folder.input], store, {
      workers,
      published: '2025-08-14',
      onResult: (r) => results.push(r),
    });
    return { results, store };
  }

  before(async () => {
    // bad.txt fails while being read (main thread); empty.html only once analysed (in a worker).
    folder = articleFolder(6, { 'bad.txt': 'binary\0content', 'empty.html': '<html><body></body></html>' });
    [inProcess, threaded] = await Promise.all([ingest(0), ingest(2)]);
  });
  after(async () => {
    await Promise.all([inProcess?.store.close(), threaded?.store.close()]);
    folder.cleanup();
  });

  it('stores the same Docs, in the same order, as analysing in the main thread', async () => {
    const outline = (rs: IngestResult[]) => rs.map((r) => [r.path, r.status, r.id]);
    assert.deepEqual(outline(threaded.results), outline(inProcess.results));
    assert.equal(threaded.results.filter((r) => r.status === 'stored').length, 6);
    for (const { id } of inProcess.results.filter((r) => r.status === 'stored')) {
      const expected = await inProcess.store.get(id!);
      assert.ok(expected && expected.entities.length > 0, 'the real pipeline ran');
      assert.deepEqual(await threaded.store.get(id!), expected);
    }
    // The stored order (by publication, then insertion) is the same too.
    assert.deepEqual(await threaded.store.list({ limit: 100 }), await inProcess.store.list({ limit: 100 }));
  });

  it("keeps a worker's failure a catalog error, with its code and reason", async () => {
    const errors = await threaded.store.ingestErrors();
    assert.deepEqual(
      errors.map((e) => [e.inputKey.slice(folder.input.length + 1), e.status, e.errorCode]),
      [
        ['bad.txt', 'failed', 'INPUT_BINARY'],
        ['empty.html', 'failed', 'INPUT_EMPTY'],
      ],
    );
    assert.equal(errors[1]!.error, 'is empty (no text to analyse) (no article text found in it)');
    const empty = threaded.results.find((r) => r.path.endsWith('empty.html'));
    assert.equal((empty?.error as { code?: string }).code, 'INPUT_EMPTY');
  });
});
