import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewsgraphError } from '../../src/errors.js';
import type { Context } from '../../src/context.js';
import type { Doc, RawInput } from '../../src/doc/types.js';
import { analyzeInput, loadAnalyzer } from '../../src/service/analyze.js';
import { WARM_UP, withinDeadline } from '../../src/service/deadline.js';
import type { ReadInput } from '../../src/ingest/types.js';

const input: ReadInput = {
  kind: 'text',
  content: 'Angela Merkel visited Paris on Monday.',
  meta: { published: '2021-03-01' },
  notes: [],
  path: 'merkel.txt',
  encoding: 'utf-8',
};

describe('the in-thread deadline (one-article analyze)', () => {
  it('stops a catastrophic regular expression and fails with ANALYSIS_TIMEOUT', () => {
    const hostile = `${'a'.repeat(40)}!`;
    assert.throws(
      () => withinDeadline(0.2, 'hostile.txt', () => /^(a+)+$/.test(hostile)),
      (error: unknown) =>
        error instanceof NewsgraphError &&
        error.code === 'ANALYSIS_TIMEOUT' &&
        error.exitCode === 65 &&
        /^hostile\.txt: took too long to analyse \(over the 0\.2 s deadline\)$/.test(error.message),
    );
  });

  it("returns the work's result, passes its errors through, and runs without limit at 0", () => {
    assert.equal(
      withinDeadline(5, 'a', () => 42),
      42,
    );
    assert.throws(
      () =>
        withinDeadline(5, 'a', () => {
          throw new RangeError('own');
        }),
      RangeError,
    );
    assert.equal(
      withinDeadline(0, 'a', () => 'no limit'),
      'no limit',
    );
  });

  it('applies to the pipeline analyzeInput runs in this thread', async () => {
    const pipeline = await loadAnalyzer();
    // The warm-up (before the clock) is analysed; the article never ends.
    const endless = (raw: RawInput, ctx?: Context): Doc => {
      if (raw === WARM_UP) return pipeline(raw, ctx);
      for (;;);
    };
    await assert.rejects(
      analyzeInput(input, { analyzer: endless, deadlineSeconds: 0.2 }),
      (error: unknown) => error instanceof NewsgraphError && error.code === 'ANALYSIS_TIMEOUT',
    );
    const doc = await analyzeInput(input, { deadlineSeconds: 600 });
    assert.ok(doc.entities.some((e) => e.name === 'Angela Merkel'));
  });
});
