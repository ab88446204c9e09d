import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempFiles } from '../ingest/helpers.js';
import { HOSTILE_DOCTYPES } from '../ingest/hostile-feeds.js';
import { pastTheEnd, warcRecord } from '../ingest/hostile-warc.js';
import { cli, lines, type CliRun } from './run.js';

describe('ingest on hostile files: bad content (65) naming the file and record, never a hang or exit 70', () => {
  let dir: string;
  let cleanup: () => void;
  let hostile: CliRun;
  let goodThenCut: CliRun;
  before(() => {
    ({ dir, cleanup } = tempFiles({
      '202-bytes.warc': pastTheEnd(),
      'good-then-cut.warc': warcRecord() + pastTheEnd(),
      ...HOSTILE_DOCTYPES,
    }));
    const files = ['202-bytes.warc', ...Object.keys(HOSTILE_DOCTYPES)].map((f) => join(dir, f));
    hostile = cli(['ingest', ...files, '--db', join(dir, 'a.db'), '--workers', '0', '--progress-every', '0']);
    goodThenCut = cli([
      'ingest',
      join(dir, 'good-then-cut.warc'),
      '--db',
      join(dir, 'b.db'),
      '--workers',
      '0',
      '--progress-every',
      '0',
      '--verbose',
    ]);
  });
  after(() => cleanup());

  it('the 202-byte WARC and entity-declaring feeds: exit 65, one line each naming the file (and record)', () => {
    assert.equal(hostile.code, 65, hostile.stderr);
    const errors = lines(hostile.stderr);
    assert.equal(errors.length, 1 + Object.keys(HOSTILE_DOCTYPES).length, hostile.stderr);
    assert.match(
      errors[0]!,
      /202-bytes\.warc record 1: is not in the expected format \(truncated: \d+ bytes of the record are missing\)$/,
    );
    for (const [i, name] of Object.keys(HOSTILE_DOCTYPES).entries())
      assert.match(errors[i + 1]!, new RegExp(`${name.replace('.', '\\.')}: .*DOCTYPE declares entities`));
    assert.equal(lines(hostile.stdout).at(-1), 'stored 0, duplicates 0, failed 5');
  });

  it('a good record before a truncated one is stored and reported; the truncated one is named (exit 2)', () => {
    assert.equal(goodThenCut.code, 2, goodThenCut.stderr);
    const out = lines(goodThenCut.stdout);
    assert.match(out[0]!, /^stored \S+ .*good-then-cut\.warc record 1$/);
    assert.equal(out.at(-1), 'stored 1, duplicates 0, failed 1');
    assert.match(
      goodThenCut.stderr,
      /good-then-cut\.warc record 2: is not in the expected format \(truncated: \d+ bytes/,
    );
  });
});
