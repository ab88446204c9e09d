/**
 * An ingest run reads each article with its site's home region, learnt from what earlier runs stored: a
 * local paper's bare "Alexandria" is its own Alexandria, Louisiana, not Egypt's.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestPaths, type IngestResult } from '../../src/service/index.js';
import { FIRST_RELEARN } from '../../src/service/home-regions.js';
import { SqliteStore } from '../../src/store/index.js';

const SITE = 'https://www.towntalk.example';
const LOCAL_NEWS = [
  'Shreveport police arrested two men on Tuesday after a break-in on Line Avenue, officials said.',
  'The school board in Baton Rouge, Louisiana, approved a new budget on Monday.',
  'Flooding closed roads around Monroe and Ruston on Wednesday, the Louisiana state police said.',
  'Pineville, Louisiana, will repave its main street this summer, the mayor said.',
];
const BRIEF = 'Police in Alexandria arrested a man on Friday after a fire in a mobile home.';
const TOWNS = ['Shreveport', 'Monroe', 'Ruston', 'Lake Charles', 'Natchitoches', 'Opelousas', 'Houma'];

const jsonl = (texts: readonly string[], from: number): string =>
  texts.map((text, i) => JSON.stringify({ url: `${SITE}/news/${from + i}`, text })).join('\n') + '\n';

describe('ingest learns home regions from the store', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-home-'));
    writeFileSync(join(dir, 'local.jsonl'), jsonl(LOCAL_NEWS, 1));
    writeFileSync(join(dir, 'brief.jsonl'), jsonl([BRIEF], 100));
    // One run: a site's first FIRST_RELEARN articles, then the brief (learnt again before it).
    const firstRun = Array.from(
      { length: FIRST_RELEARN },
      (_, i) =>
        `${TOWNS[i % TOWNS.length]}, Louisiana, approved budget number ${i} on Monday, the mayor said.`,
    );
    writeFileSync(join(dir, 'one-run.jsonl'), jsonl([...firstRun, BRIEF], 200));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function alexandria(options: { workers?: number; learnHomeRegions?: boolean; seed?: boolean }) {
    const store = SqliteStore.open(':memory:');
    try {
      if (options.seed !== false)
        await ingestPaths([join(dir, 'local.jsonl')], store, { published: '2009-03-20' });
      const results: IngestResult[] = [];
      await ingestPaths([join(dir, 'brief.jsonl')], store, {
        published: '2009-03-20',
        onResult: (r) => results.push(r),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(options.learnHomeRegions !== undefined ? { learnHomeRegions: options.learnHomeRegions } : {}),
      });
      const doc = await store.get(results[0]!.id!);
      return { home: doc?.meta.homeRegion, place: doc?.places.find((p) => p.text === 'Alexandria') };
    } finally {
      await store.close();
    }
  }

  it("reads a later article of the site with the site's home region, in the main thread and in workers", async () => {
    for (const workers of [0, 2]) {
      const { home, place } = await alexandria({ workers });
      assert.deepEqual(home, { country: 'US', admin1: 'Louisiana' }, `workers: ${workers}`);
      assert.equal(place?.admin1, 'Louisiana', `workers: ${workers}`);
      assert.match(place?.rule ?? '', /:home$/);
    }
  });

  it('reads it on its own with an empty store or learnHomeRegions: false', async () => {
    for (const options of [{ seed: false }, { learnHomeRegions: false }]) {
      const { home, place } = await alexandria(options);
      assert.equal(home, undefined);
      assert.equal(place?.country, 'EG', JSON.stringify(options));
    }
  });

  it('learns again during a run, the same whatever the number of workers', async () => {
    const runs = [];
    for (const workers of [0, 2]) {
      const store = SqliteStore.open(':memory:', { now: () => new Date('2025-08-15T00:00:00Z') });
      try {
        const results: IngestResult[] = [];
        await ingestPaths([join(dir, 'one-run.jsonl')], store, {
          published: '2009-03-20',
          workers,
          onResult: (r) => results.push(r),
        });
        runs.push(await Promise.all(results.map(async (r) => store.get(r.id!))));
      } finally {
        await store.close();
      }
    }
    const [inProcess, threaded] = runs;
    assert.equal(inProcess!.length, FIRST_RELEARN + 1);
    assert.deepEqual(threaded, inProcess);
    assert.equal(inProcess![0]!.meta.homeRegion, undefined, 'nothing stored yet to learn from');
    const brief = inProcess!.at(-1)!;
    assert.deepEqual(brief.meta.homeRegion, { country: 'US', admin1: 'Louisiana' });
    assert.equal(brief.places.find((p) => p.text === 'Alexandria')?.admin1, 'Louisiana');
  });
});
