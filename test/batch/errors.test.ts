import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatErrors } from '../../src/cli/commands/errors.js';
import { ingestExitCode, ingestPaths, type IngestRunSummary } from '../../src/service/index.js';
import { SqliteStore } from '../../src/store/index.js';
import type { JournalEntry } from '../../src/store/index.js';
import { cli, lines } from '../cli/run.js';
import { articleFolder } from './articles.js';

/** Only inputs that fail before analysis, so the pipeline never loads and the test stays fast. */
describe('newsgraph errors', () => {
  let folder: ReturnType<typeof articleFolder>;
  let db: string;
  let missing: string;
  let first: IngestRunSummary;
  let second: ReturnType<typeof cli>;

  before(async () => {
    folder = articleFolder(0, { 'bad.txt': 'x\0y', 'broken.jsonl': '{oops\n' });
    db = join(folder.dir, 'news.db');
    missing = join(folder.dir, 'missing.txt');
    // The first run through the service (same code as the command, one process fewer to start).
    const store = SqliteStore.open(db);
    first = await ingestPaths([folder.input, missing], store, { runArgs: ['ingest'] });
    await store.close();
    second = cli(['ingest', folder.input, missing, '--db', db, '--workers', '0']);
  });
  after(() => folder.cleanup());

  const bad = () => join(folder.input, 'bad.txt');
  const broken = () => join(folder.input, 'broken.jsonl');

  it('ingest records every failure and never stops the batch for one', () => {
    assert.deepEqual([first.run, first.failed, first.skipped], [1, 3, 0]);
    assert.equal(ingestExitCode(first), 2);
  });

  it('a re-run skips the inputs that are bad for good and retries the missing file', () => {
    assert.equal(second.code, 2);
    assert.deepEqual(lines(second.stderr), [
      `${bad()}: is binary, not text or HTML (NUL bytes in the first 8 KB) (in an earlier run)`,
      `${broken()} line 1: is not in the expected format (not valid JSON: Expected property name or '}' in JSON at position 1) (in an earlier run)`,
      `${missing}: no such file`,
    ]);
    assert.deepEqual(lines(second.stdout), [
      'skipped 2 done in an earlier run (--no-resume redoes them)',
      'failures are listed by: newsgraph errors',
      'stored 0, duplicates 0, failed 3',
    ]);
  });

  it('lists what is still broken, one line per input with its run, status and reason', () => {
    const run = cli(['errors', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(lines(run.stdout), [
      `run 1 failed ${bad()}: is binary, not text or HTML (NUL bytes in the first 8 KB)`,
      `run 1 failed ${broken()} line 1: is not in the expected format (not valid JSON: Expected property name or '}' in JSON at position 1)`,
      `run 2 transient ${missing}: no such file`,
    ]);
  });

  it('--run lists one run, and --format json gives the journal rows', () => {
    const json = cli(['errors', '--db', db, '--run', '1', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as JournalEntry[];
    assert.deepEqual(
      rows.map((r) => [r.run, r.inputKey, r.status, r.errorCode]),
      [
        [1, bad(), 'failed', 'INPUT_BINARY'],
        [1, `${broken()} line 1`, 'failed', 'INPUT_BAD_FORMAT'],
        [1, missing, 'transient', 'INPUT_MISSING'],
      ],
    );
  });

  it('says so when there are none, and fails in one line without a database', () => {
    assert.equal(formatErrors([]), 'No errors.\n');
    const none = cli(['errors', '--db', join(folder.dir, 'none.db')]);
    assert.equal(none.code, 66);
    assert.equal(lines(none.stderr).length, 1);
  });
});
