import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportStore, storedDocs } from '../../src/service/index.js';
import { MAX_LIMIT, SqliteStore } from '../../src/store/index.js';
import { exportDoc } from './docs.js';

describe('exporting a store', () => {
  it('reads every stored article past one page, each once, with its storage time', async () => {
    const store = SqliteStore.open(':memory:', { now: () => new Date('2025-08-16T00:00:00Z') });
    const total = MAX_LIMIT + 3;
    for (let i = 0; i < total; i++) await store.put({ ...exportDoc(), id: `doc${i}` });
    const seen: string[] = [];
    for await (const item of storedDocs(store)) {
      seen.push(item.doc.id);
      assert.equal(item.storedAt, '2025-08-16T00:00:00.000Z');
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
    await store.close();
  });

  it('writes a store as JSONL, one line per article', async () => {
    const store = SqliteStore.open(':memory:');
    await store.put(exportDoc());
    let out = '';
    const { articles } = await exportStore(store, 'jsonl', async (chunk) => {
      out += chunk;
    });
    assert.equal(articles, 1);
    assert.equal((JSON.parse(out) as { id: string }).id, exportDoc().id);
    await store.close();
  });
});

describe('newsgraph export', () => {
  it('is a registered command with the four formats and a mandatory --format', async () => {
    const { buildProgram } = await import('../../src/cli/program.js');
    const command = (await buildProgram()).commands.find((c) => c.name() === 'export');
    const format = command?.options.find((o) => o.long === '--format');
    assert.deepEqual(format?.argChoices, ['jsonl', 'csv', 'geojson', 'gdelt']);
    assert.equal(format?.mandatory, true);
    assert.ok(command?.options.some((o) => o.long === '--out'));
  });
});
