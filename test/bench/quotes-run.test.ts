import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { run } from '../../bench/quotes.js';

const TEXT =
  'Council backs new bus routes\n\n' +
  '“We will have buses running by the spring,” Jane Porter said on Tuesday.\n\n' +
  'The council approved the plan by seven votes to two.\n';
const quote = '“We will have buses running by the spring,”';
const q = TEXT.indexOf(quote);
const s = TEXT.indexOf('Jane Porter');
const c = TEXT.indexOf('said on');
const ANN = [
  `T1\tContent ${q} ${q + quote.length}\t${quote}`,
  `T2\tSource ${s} ${s + 11}\tJane Porter`,
  `T3\tCue ${c} ${c + 4}\tsaid`,
  `T4\tAttribution ${c} ${c + 4}\tsaid`,
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  '',
].join('\n');

const folder = mkdtempSync(join(tmpdir(), 'quotes-bench-'));
after(() => rmSync(folder, { recursive: true, force: true }));
mkdirSync(join(folder, 'text'));
mkdirSync(join(folder, 'attributions'));
// CRLF line ends: the benchmark must map the engine's LF offsets back to the file.
writeFileSync(join(folder, 'text', 'local_2016-09-01_buses.txt'), TEXT.replace(/\n/g, '\r\n'));
const crlfShift = (offset: number): number => offset + (TEXT.slice(0, offset).match(/\n/g) ?? []).length;
writeFileSync(
  join(folder, 'attributions', 'local_2016-09-01_buses_ab12.ann'),
  ANN.replace(/(Content|Source|Cue|Attribution) (\d+) (\d+)/g, (_m, type: string, a: string, b: string) =>
    [type, crlfShift(Number(a)), crlfShift(Number(b))].join(' '),
  ),
);

describe('bench quotes end to end', () => {
  it('scores a PolNeAR-format folder (CRLF file) and prints the five figures last', () => {
    const log = mock.method(console, 'log', () => undefined);
    let lines: string[];
    try {
      run([folder]);
      lines = log.mock.calls.map((call) => String(call.arguments[0]));
    } finally {
      log.mock.restore();
    }
    assert.match(lines[0]!, /1 articles scored, 0 unaligned/);
    const result = JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
    assert.deepEqual(Object.keys(result), [
      'task',
      'directContentF1',
      'directContentOverlapF1',
      'directWithPartialF1',
      'speakerAccuracy',
      'allContentOverlapF1',
    ]);
    assert.equal(result.directContentF1, 1);
    assert.equal(result.speakerAccuracy, 1);
  });

  it('skips with a message when the folder is absent', () => {
    const log = mock.method(console, 'log', () => undefined);
    try {
      run([join(folder, 'nope')]);
      assert.match(String(log.mock.calls[0]?.arguments[0]), /^skipped: /);
    } finally {
      log.mock.restore();
    }
  });
});
