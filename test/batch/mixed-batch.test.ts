import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NewsgraphError } from '../../src/errors.js';
import { prepareDoc } from '../../src/pipeline.js';
import { ingestExitCode, ingestPaths, type IngestRunSummary } from '../../src/service/index.js';
import { listings, SqliteStore } from '../../src/store/index.js';
import { tempFiles } from '../ingest/helpers.js';
import { HOSTILE_DOCTYPES, brokenCount, goodBody, mixedAtom, mixedRss } from '../ingest/hostile-feeds.js';
import { pastTheEnd } from '../ingest/hostile-warc.js';

const GOOD_PER_FEED = 12;
const RSS_FEEDS = [1, 2, 3, 4];
const ATOM_FEEDS = [5, 6];

/**
 * The audit's shape: a batch of feeds where broken items sit between good ones, with hostile whole files
 * (entity declarations, a WARC record running past the end) among them. Every good item must be stored.
 * Extraction is enough to store an article: the subject here is reading, not analysis.
 */
describe('a mixed good/bad batch stores every good item', () => {
  let dir: string;
  let cleanup: () => void;
  let store: SqliteStore;
  let summary: IngestRunSummary;
  before(async () => {
    ({ dir, cleanup } = tempFiles({
      ...Object.fromEntries(RSS_FEEDS.map((f) => [`in/wire-${f}.rss`, mixedRss(f, GOOD_PER_FEED)])),
      ...Object.fromEntries(ATOM_FEEDS.map((f) => [`in/desk-${f}.atom`, mixedAtom(f, GOOD_PER_FEED)])),
      ...Object.fromEntries(Object.entries(HOSTILE_DOCTYPES).map(([name, xml]) => [`in/${name}`, xml])),
      'in/cut.warc': pastTheEnd(),
    }));
    store = SqliteStore.open(join(dir, 'news.db'));
    summary = await ingestPaths([join(dir, 'in')], store, { analyzer: prepareDoc });
  });
  after(async () => {
    await store.close();
    cleanup();
  });

  const good = (RSS_FEEDS.length + ATOM_FEEDS.length) * GOOD_PER_FEED;

  it(`stores ${good} of ${good} good items`, async () => {
    assert.equal(good, 72);
    assert.equal(summary.stored, good);
    const stored = await store.query(listings.articles, {}, { limit: 200 });
    assert.equal(stored.total, good);
    const texts = new Set<string>();
    for (const item of stored.items) texts.add((await store.get(item.id))!.raw.trim());
    for (const f of [...RSS_FEEDS, ...ATOM_FEEDS])
      for (let n = 1; n <= GOOD_PER_FEED; n++) assert.ok(texts.has(goodBody(f, n)), `feed ${f} item ${n}`);
  });

  it('reports every broken item and hostile file as bad content (65), naming it', () => {
    const failures = summary.results.filter((r) => r.status === 'failed');
    const expected =
      RSS_FEEDS.length * brokenCount('rss') +
      ATOM_FEEDS.length * brokenCount('atom') +
      Object.keys(HOSTILE_DOCTYPES).length +
      1;
    assert.equal(failures.length, expected);
    for (const failure of failures) {
      assert.ok(failure.error instanceof NewsgraphError, `${failure.path}: ${String(failure.error)}`);
      assert.equal(failure.error.exitCode, 65, failure.error.message);
      assert.ok(failure.error.message.startsWith(failure.path), failure.error.message);
    }
    assert.ok(failures.some((f) => /cut\.warc record 1$/.test(f.path)));
    assert.equal(ingestExitCode(summary), 2);
  });
});
