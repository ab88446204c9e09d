/**
 * `analyze()` with a stopwatch on each stage, for the throughput benchmark's per-stage breakdown: the same
 * `prepareDoc` and STAGES that `analyze()` runs, in the same order. `prepareDoc` is timed as `extract`.
 */
import type { Context } from '../../src/context.js';
import type { Doc, RawInput } from '../../src/doc/types.js';
import { prepareDoc, STAGES } from '../../src/pipeline.js';
import { addTime } from './throughput-math.js';

/** Runs the pipeline on `input`, adding each stage's milliseconds to `totals` (keys: `extract`, stage names). */
export function analyzeByStage(input: RawInput, ctx: Context, totals: Map<string, number>): Doc {
  let started = performance.now();
  let doc = prepareDoc(input);
  addTime(totals, 'extract', performance.now() - started);
  for (const stage of STAGES) {
    started = performance.now();
    doc = stage.run(doc, ctx);
    addTime(totals, stage.name, performance.now() - started);
  }
  return doc;
}
