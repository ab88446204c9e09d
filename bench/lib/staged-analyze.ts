/**
 * `analyze()` with a stopwatch on each stage, for the throughput benchmark's per-stage breakdown.
 *
 * The stages are STAGES from src/pipeline.ts, run in order exactly as `analyze()` runs them; only the
 * prologue (extract → newDoc) is repeated here, because `analyze()` exposes no hook to time it. It is timed
 * as `extract`. The benchmark checks that this reproduces `analyze()`'s Doc on a sample article and says so,
 * so a change to `analyze()` that this copy misses shows up in the output.
 */
import type { Context } from '../../src/context.js';
import { newDoc } from '../../src/doc/create.js';
import { docId } from '../../src/doc/id.js';
import type { Doc, RawInput } from '../../src/doc/types.js';
import { extract } from '../../src/extract/index.js';
import { STAGES } from '../../src/pipeline.js';
import { addTime } from './throughput-math.js';

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

/** Runs the pipeline on `input`, adding each stage's milliseconds to `totals` (keys: `extract`, stage names). */
export function analyzeByStage(input: RawInput, ctx: Context, totals: Map<string, number>): Doc {
  let started = performance.now();
  const extracted = extract(input);
  const meta = { ...extracted.meta, ...definedOnly(input.meta ?? {}) };
  let doc = newDoc({
    id: docId(input.uri, extracted.raw),
    source: {
      kind: input.kind,
      ...(input.uri ? { uri: input.uri } : {}),
      ...(meta.site ? { site: meta.site } : {}),
    },
    meta,
    raw: extracted.raw,
  });
  doc.diagnostics.push(...extracted.diagnostics);
  addTime(totals, 'extract', performance.now() - started);
  for (const stage of STAGES) {
    started = performance.now();
    doc = stage.run(doc, ctx);
    addTime(totals, stage.name, performance.now() - started);
  }
  return doc;
}
