/**
 * `newsgraph events`: corpus events listed in each format with their source counts, filtered, paged, and
 * one event shown with its mentions; on a store filled with hand-built Docs (test/corpus/event-docs.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../../src/store/index.js';
import { A, B, D } from '../corpus/claim-docs.js';
import { eventDoc } from '../corpus/event-docs.js';
import { cli } from './run.js';

interface Page {
  items: { id: number; type: string; numSources: number; numArticles: number; from?: string }[];
  total: number;
  limit: number;
  offset: number;
}

describe('newsgraph events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-events-'));
  const db = join(dir, 'events.db');
  const lavrov = eventDoc({
    uri: 'https://wire.example/lavrov',
    site: 'wire.example',
    published: '2025-08-20',
    text: 'Sergei Lavrov met Marco Rubio in Anchorage on Wednesday to prepare the next summit on Ukraine.',
    people: [
      { name: 'Sergei Lavrov', says: 'Sergei Lavrov' },
      { name: 'Marco Rubio', says: 'Marco Rubio' },
    ],
    event: { cue: 'met', type: 'CONSULT', source: 0, target: 1 },
  });
  before(async () => {
    const store = SqliteStore.open(db);
    for (const doc of [eventDoc(A), eventDoc(B), eventDoc(D), lavrov]) await store.put(doc);
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists corpus events as JSON with a page and total, filtered by day', () => {
    const all = cli(['events', '--db', db, '--format', 'json']);
    assert.equal(all.code, 0, all.stderr);
    const page = JSON.parse(all.stdout) as Page;
    assert.equal(page.total, 2, 'A, B and D (a day later) report one meeting; Lavrov and Rubio another');
    const summit = page.items.find((e) => e.from === '2025-08-15')!;
    assert.deepEqual([summit.numArticles, summit.numSources], [3, 3]);
    const since = cli(['events', '--db', db, '--format', 'json', '--since', '2025-08-18', '--limit', '1']);
    assert.deepEqual(
      (JSON.parse(since.stdout) as Page).items.map((e) => e.from),
      ['2025-08-20'],
    );
  });

  it('prints text and CSV, and one event with the sentences that report it', () => {
    const text = cli(['events', '--db', db, '--actor', 'Vladimir Putin']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Vladimir Putin → Donald Trump: CONSULT 04 · 2025-08-15 – 2025-08-16/);
    assert.match(text.stdout, /3 source\(s\), 3 article\(s\), 3 mention\(s\)/);
    const csv = cli(['events', '--db', db, '--format', 'csv', '--type', 'consult']);
    assert.match(csv.stdout.split('\r\n')[0]!, /^id,storyId,type,cameo,/);
    assert.equal(csv.stdout.trim().split('\r\n').length, 3);
    const id = /^#(\d+)/m.exec(text.stdout)![1]!;
    const one = cli(['events', id, '--db', db]);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /\(weekly\.example, 2025-08-16\)/);
    assert.match(one.stdout, /Vladimir Putin met Donald Trump on Saturday in Anchorage/);
  });

  it('refuses a bad date and answers an unknown id with NOT_FOUND', () => {
    const bad = cli(['events', '--db', db, '--since', '15.08.2025']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--since/);
    const missing = cli(['events', '999', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /event 999/);
  });
});
