import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { NewsgraphError } from '../../src/errors.js';
import { readInputItems, type ItemOutcome } from '../../src/ingest/index.js';
import { inflateCapped } from '../../src/ingest/inflate.js';
import { splitLines } from '../../src/ingest/readers/lines.js';
import { ARTICLE_ONE, ARTICLE_TWO } from './feed-fixtures.js';
import { tempFiles } from './helpers.js';

async function readAll(path: string, maxBytes?: number): Promise<ItemOutcome[]> {
  const out: ItemOutcome[] = [];
  for await (const outcome of readInputItems(path, maxBytes ? { maxBytes } : {})) out.push(outcome);
  return out;
}

const errors = (outcomes: ItemOutcome[]): NewsgraphError[] =>
  outcomes.flatMap((o) => (o.ok ? [] : [o.error as NewsgraphError]));

/** 20 MB of zeros after a plausible start compress to about 20 KB: a 1000× bomb. */
const bomb = (start: string): Buffer =>
  gzipSync(Buffer.concat([Buffer.from(start), Buffer.alloc(20 * 1024 * 1024)]));

describe('compressed and over-long input', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    const line = (text: string): string => JSON.stringify({ text }) + '\n';
    ({ dir, cleanup } = tempFiles({
      'bomb.warc.gz': bomb('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 20971520\r\n\r\n'),
      'bomb.jsonl.gz': bomb('{"text": "'),
      'bomb.gz': bomb('Plain text, then zeros'),
      'long-line.jsonl': line(ARTICLE_ONE) + line('x'.repeat(5000)) + line(ARTICLE_TWO),
      'long-last-line.jsonl': line(ARTICLE_ONE) + JSON.stringify({ text: 'y'.repeat(5000) }),
    }));
  });
  after(() => cleanup());

  for (const file of ['bomb.warc.gz', 'bomb.jsonl.gz', 'bomb.gz']) {
    it(`${file}: a compression bomb is refused early (exit 65), naming the input`, async () => {
      const outcomes = await readAll(join(dir, file));
      const [error] = errors(outcomes);
      assert.ok(error instanceof NewsgraphError, String(error));
      assert.equal(error.code, 'INPUT_TOO_LARGE');
      assert.equal(error.exitCode, 65);
      assert.equal(error.input, join(dir, file));
      assert.match(error.message, /more than 100× \(a compression bomb\?\)/);
    });
  }

  it('reports an over-long JSONL line by number (exit 65) and stores the lines around it', async () => {
    const outcomes = await readAll(join(dir, 'long-line.jsonl'), 2000);
    assert.deepEqual(
      outcomes.flatMap((o) => (o.ok ? [o.input.item] : [])),
      ['line 1', 'line 3'],
    );
    const [error] = errors(outcomes);
    assert.equal(error?.code, 'INPUT_TOO_LARGE');
    assert.equal(error?.exitCode, 65);
    assert.match(
      error?.message ?? '',
      /long-line\.jsonl line 2: is too large \(4\.9 KB; a line may hold 2\.0 KB\)/,
    );
  });

  it('reports an over-long last line without a newline', async () => {
    const outcomes = await readAll(join(dir, 'long-last-line.jsonl'), 2000);
    assert.equal(outcomes.filter((o) => o.ok).length, 1);
    assert.match(errors(outcomes)[0]?.message ?? '', /line 2: is too large/);
  });

  it('stops at the absolute cap whatever the ratio', async () => {
    const text = Buffer.from('Varied prose compresses little. '.repeat(4000));
    const chunks = (async function* () {
      yield gzipSync(text);
    })();
    const caps = { maxRatio: 1000, allowance: 0, maxBytes: 10_000 };
    await assert.rejects(async () => {
      for await (const chunk of inflateCapped(chunks, 'x.gz', caps)) void chunk;
    }, /x\.gz: is too large \(inflates to more than 9\.8 KB/);
  });
});

describe('splitLines', () => {
  it('gives the lines of any text, however it is chunked, and reports lines over the cap', async () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\r'), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 20 }),
        fc.array(fc.nat(40), { maxLength: 10 }),
        async (lines, cuts) => {
          const bytes = Buffer.from(lines.join('\n'), 'utf8');
          const chunks = (async function* () {
            let start = 0;
            for (const cut of cuts) {
              yield bytes.subarray(start, start + cut);
              start += cut;
            }
            yield bytes.subarray(start);
          })();
          const got: string[] = [];
          for await (const read of splitLines(chunks, 40))
            got.push('tooLong' in read ? `<${read.tooLong}>` : read.bytes.toString('utf8'));
          // As readline: a final newline ends the last line, it does not start an empty one.
          const pieces = lines.join('\n').split('\n');
          if (pieces.at(-1) === '') pieces.pop();
          const expected = pieces.map((l) => {
            const size = Buffer.byteLength(l);
            return size > 40 ? `<${size}>` : l.replace(/\r$/, '');
          });
          assert.deepEqual(got, expected);
        },
      ),
    );
  });
});
