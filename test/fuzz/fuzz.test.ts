import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KIND_COUNT, makeCase } from '../../bench/fuzz/cases.js';
import { runFuzz } from '../../bench/fuzz/main.js';
import { INGEST_EXPECTED_EXITS } from '../../bench/fuzz/outcome.js';

const SMALL = {
  seed: 7,
  maxBytes: 8 * 1024,
  midEvery: 0,
  midBytes: 0,
  largeEvery: 0,
  largeMinBytes: 0,
  largeBytes: 0,
};

describe('fuzz harness', () => {
  it('makes the same inputs for the same seed, and others for another', () => {
    const a = makeCase(5, SMALL);
    assert.deepEqual(makeCase(5, SMALL).bytes, a.bytes);
    assert.notDeepEqual(makeCase(5, { ...SMALL, seed: 8 }).bytes, a.bytes);
  });

  it('ends every small hostile input with a clean result: no crash, no hang, exit 0 or 65 (2: some items failed)', async () => {
    // Every kind once, then a few again; small sizes keep this to seconds of CPU per case. The deadline
    // only catches a hang: it is far above what any of these takes.
    const { ran, summary } = await runFuzz({
      ...SMALL,
      cases: KIND_COUNT + 4,
      seconds: 900,
      deadlineMs: 180_000,
      ingestDeadlineMs: 180_000,
      // Half the container kinds through the real CLI in a process of its own, the rest in the case child.
      cliIngest: 3,
      bbcFiles: 0,
    });
    assert.equal(ran.length, KIND_COUNT + 4);
    const bad = ran.filter((r) => r.result.outcome === 'crash' || r.result.outcome === 'hang');
    assert.deepEqual(
      bad.map((r) => `${r.fuzzCase.fileName}: ${r.result.outcome} ${r.result.message ?? ''}`),
      [],
    );
    for (const r of ran) {
      const allowed = r.fuzzCase.target === 'ingest' ? INGEST_EXPECTED_EXITS : new Set([0, 65]);
      assert.ok(allowed.has(r.result.exit ?? -1), `${r.fuzzCase.fileName} ended with ${r.result.exit}`);
    }
    assert.equal(summary.crashes + summary.hangs, 0);
    // The harness tells bad input from good: some cases are refused, some analysed.
    assert.ok(summary.ok > 0 && summary.refused > 0, JSON.stringify(summary));
  });
});
