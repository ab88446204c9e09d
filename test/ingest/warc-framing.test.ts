import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../cli/run.js';
import { tempFiles } from './helpers.js';
import { BROKEN_WARCS, LENIENT_WARCS, PAGE_TEXT, pastTheEnd } from './hostile-warc.js';

interface Line {
  path: string;
  ok: boolean;
  item?: string;
  content?: string;
  error?: string;
}

/**
 * Reads the files in a child process. A reader that spins never yields to the event loop, so only a
 * separate process can be stopped: the limit is a hang guard (minutes), not a speed assertion.
 */
function readInChild(paths: readonly string[]): { lines: Line[]; finished: boolean } {
  const child = join(ROOT, 'test', 'ingest', 'read-items-child.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  return { lines, finished: result.status === 0 };
}

describe('WARC framing: lengths checked against what is left, no malformed header read forever', () => {
  let dir: string;
  let cleanup: () => void;
  let lines: Line[];
  let finished: boolean;
  const files: Record<string, string | Uint8Array> = {
    '202-bytes.warc': pastTheEnd(),
    '202-bytes.warc.gz': gzipSync(pastTheEnd()),
    ...Object.fromEntries(Object.entries(BROKEN_WARCS).map(([name, [content]]) => [name, content])),
    ...Object.fromEntries(Object.entries(LENIENT_WARCS).map(([name, [content]]) => [name, content])),
  };
  before(() => {
    ({ dir, cleanup } = tempFiles(files));
    ({ lines, finished } = readInChild(Object.keys(files).map((name) => join(dir, name))));
  });
  after(() => cleanup());
  const of = (name: string): Line[] => lines.filter((l) => l.path === join(dir, name));

  it('reads every file to its end (none hangs)', () => {
    assert.ok(finished, `stopped after ${lines.length} outcomes`);
    assert.deepEqual(new Set(lines.map((l) => l.path)).size, Object.keys(files).length);
  });

  it('reports the 202-byte WARC whose Content-Length runs past the end as a truncated record', () => {
    for (const name of ['202-bytes.warc', '202-bytes.warc.gz']) {
      const [only, ...rest] = of(name);
      assert.deepEqual(rest, []);
      assert.equal(only?.ok, false);
      assert.match(
        only?.error ?? '',
        /202-bytes\.warc(\.gz)? record 1: is not in the expected format \(truncated: \d+ bytes/,
      );
    }
  });

  for (const [name, [, good, failure]] of Object.entries(BROKEN_WARCS)) {
    it(`${name}: the ${good} whole record(s) before the fault are read, then the fault is reported once`, () => {
      const outcomes = of(name);
      assert.deepEqual(
        outcomes.filter((l) => l.ok).map((l) => l.content?.includes(PAGE_TEXT)),
        Array<boolean>(good).fill(true),
      );
      const errors = outcomes.filter((l) => !l.ok).map((l) => l.error ?? '');
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0]!, new RegExp(`${name.replace(/\./g, '\\.')} ${failure.source}`));
      assert.match(errors[0]!, /is not in the expected format/);
    });
  }

  for (const [name, [, pages]] of Object.entries(LENIENT_WARCS)) {
    it(`${name}: read whole (${pages} pages), as crawlers' slightly-off output should be`, () => {
      const outcomes = of(name);
      assert.deepEqual(
        outcomes.filter((l) => !l.ok),
        [],
      );
      assert.equal(outcomes.length, pages);
    });
  }
});
