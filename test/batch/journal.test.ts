import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewsgraphError } from '../../src/errors.js';
import { errorFromRecord, failureRecord, inputKey, keyOfName } from '../../src/ingest/batch/index.js';
import type { ReadInput } from '../../src/ingest/index.js';
import { MIGRATIONS, SqliteStore } from '../../src/store/index.js';
import { sampleDoc } from '../store/docs.js';

const open = () => SqliteStore.open(':memory:', { now: () => new Date('2025-08-15T00:00:00Z') });

describe('the ingest journal in the store', () => {
  it('is schema version 3', () => {
    assert.deepEqual(
      MIGRATIONS.filter((m) => m.version === 3).map((m) => m.description),
      ['ingest run journal (resumable batches)'],
    );
  });

  it('records runs with their arguments and whether they finished', async () => {
    const store = open();
    const run = await store.startIngestRun(['ingest', 'news/']);
    assert.deepEqual(await store.getIngestRun(run), {
      id: run,
      startedAt: '2025-08-15T00:00:00.000Z',
      args: ['ingest', 'news/'],
      finishedAt: null,
    });
    await store.finishIngestRun(run);
    assert.equal((await store.getIngestRun(run))?.finishedAt, '2025-08-15T00:00:00.000Z');
    await store.close();
  });

  it('stores an article with its journal row; the same article from another input is a duplicate', async () => {
    const store = open();
    const run = await store.startIngestRun([]);
    const doc = sampleDoc('Vladimir Putin met reporters in Anchorage.');
    assert.equal((await store.putIngested(doc, { run, inputKey: '/a.txt', origin: 'a.txt' })).inserted, true);
    assert.equal((await store.putIngested(doc, { run, inputKey: '/copy.txt' })).inserted, false);
    assert.equal(await store.count(), 1);
    assert.equal((await store.ingestedItem('/a.txt'))?.status, 'stored');
    assert.equal((await store.ingestedItem('/copy.txt'))?.articleId, doc.id);
    assert.equal(await store.ingestedItem('/other.txt'), undefined);
    await store.close();
  });

  it('writes neither the article nor its row when the article cannot be stored', async () => {
    const store = open();
    const run = await store.startIngestRun([]);
    // A journal row for a run that does not exist breaks its foreign key: the article must go too.
    const doc = sampleDoc('Vladimir Putin met reporters in Anchorage.');
    await assert.rejects(store.putIngested(doc, { run: run + 1, inputKey: '/a.txt' }), {
      code: 'STORE_FAILED',
    });
    assert.equal(await store.count(), 0);
    assert.equal(await store.ingestedItem('/a.txt'), undefined);
    await store.close();
  });

  it('skips permanent failures, retries transient ones, and lists what is still broken', async () => {
    const store = open();
    const one = await store.startIngestRun([]);
    const failure = (key: string, error: unknown) => ({ inputKey: key, ...failureRecord(error) });
    await store.recordIngestFailure(
      one,
      failure('/bin.txt', new NewsgraphError('INPUT_BINARY', 'bin.txt', 'NUL')),
    );
    await store.recordIngestFailure(
      one,
      failure('/gone.txt', new NewsgraphError('INPUT_MISSING', 'gone.txt')),
    );
    await store.recordIngestFailure(one, failure('/bug.txt', new TypeError('x is undefined')));
    assert.equal((await store.ingestedItem('/bin.txt'))?.status, 'failed');
    assert.equal(await store.ingestedItem('/gone.txt'), undefined, 'a missing file is tried again');
    assert.equal(await store.ingestedItem('/bug.txt'), undefined, 'a bug is tried again');

    const two = await store.startIngestRun([]);
    await store.putIngested(sampleDoc('The ferry sailed from Dover at dawn.'), {
      run: two,
      inputKey: '/gone.txt',
    });
    await store.recordIngestFailure(two, failure('/bug.txt', new TypeError('still undefined')));
    const still = await store.ingestErrors();
    assert.deepEqual(
      still.map((e) => [e.run, e.inputKey, e.status, e.errorCode, e.error]),
      [
        [one, '/bin.txt', 'failed', 'INPUT_BINARY', 'is binary, not text or HTML (NUL)'],
        [two, '/bug.txt', 'transient', null, 'unexpected error: still undefined'],
      ],
    );
    assert.equal((await store.ingestErrors({ run: one })).length, 3);
    await store.close();
  });
});

describe('journal keys and recorded errors', () => {
  const input = (fields: Partial<ReadInput>): ReadInput => ({
    kind: 'text',
    content: 'x',
    path: 'news/a.txt',
    encoding: 'utf-8',
    notes: [],
    ...fields,
  });
  const cwd = process.cwd();

  it('keys an input by absolute path, plus where in a multi-article file', () => {
    assert.equal(inputKey(input({})), `${cwd}/news/a.txt`);
    assert.equal(
      inputKey(input({ kind: 'jsonl', path: 'd.jsonl', item: 'line 7' })),
      `${cwd}/d.jsonl line 7`,
    );
    assert.equal(inputKey(input({ kind: 'warc', path: '/c.warc', item: 'record 3' })), '/c.warc record 3');
  });

  it('keys a feed item by its link (a feed is rewritten; its item numbers move)', () => {
    const item = input({ kind: 'feed', path: '/f.rss', item: 'item 3', uri: 'https://x.example/a' });
    assert.equal(inputKey(item), '/f.rss https://x.example/a');
    assert.equal(inputKey({ ...item, uri: undefined }), '/f.rss item 3');
  });

  it('keys a failure by the name the reader gave it, matching the key of the same input read fine', () => {
    assert.equal(
      keyOfName('d.jsonl', 'd.jsonl line 7'),
      inputKey(input({ path: 'd.jsonl', item: 'line 7' })),
    );
    assert.equal(keyOfName('/x/b.txt', '/x/b.txt'), '/x/b.txt');
  });

  it('gives back a catalog error with its code and the input named, from what was recorded', () => {
    const recorded = failureRecord(new NewsgraphError('INPUT_EMPTY', 'feed.xml', 'the feed has no items'));
    assert.deepEqual(recorded, {
      errorCode: 'INPUT_EMPTY',
      error: 'is empty (no text to analyse) (the feed has no items)',
      permanent: true,
    });
    const again = errorFromRecord(recorded.errorCode, recorded.error, 'feed.xml');
    assert.ok(again instanceof NewsgraphError);
    assert.equal(again.exitCode, 65);
    assert.equal(again.message, 'feed.xml: is empty (no text to analyse) (the feed has no items)');
    const bug = errorFromRecord(null, 'unexpected error: boom', 'x.txt');
    assert.ok(!(bug instanceof NewsgraphError));
    assert.equal(bug.message, 'boom');
  });
});
