/**
 * Confidence calibration: the resolver's raw confidence (rank.ts: lead over the best rival, notability) is
 * mapped through a monotone step function so that a place's confidence reads as the chance it is right
 * (within 161 km). The steps are fitted by isotonic regression (pool adjacent violators) on the geo dev
 * corpora by `npm run bench -- geo --fit-calibration`, which also reports each corpus scored with the steps
 * fitted on the other one; see BENCHMARKS.md. The table is data: `data/geo/confidence-calibration.tsv`.
 */
import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** One step: raw confidences from `from` (inclusive) up to the next step's `from` map to `value`. */
export interface CalibrationStep {
  from: number;
  value: number;
}

export type Calibration = readonly CalibrationStep[];

/** The identity: raw confidences as they are (for fitting). */
export const NO_CALIBRATION: Calibration = [];

export const CALIBRATION_CACHE_KEY = 'geo.confidence-calibration';

export function loadCalibration(): Calibration {
  const steps = readTsv(dataFile('geo', 'confidence-calibration.tsv')).map((r) => ({
    from: Number(r['raw_from']),
    value: Number(r['calibrated']),
  }));
  const bad = steps.find(
    (s, i) =>
      !Number.isFinite(s.from) ||
      !(s.value >= 0 && s.value <= 1) ||
      (i > 0 && (s.from <= steps[i - 1]!.from || s.value < steps[i - 1]!.value)),
  );
  if (bad)
    throw new Error(`newsgraph: confidence-calibration.tsv is not a monotone step table at ${bad.from}`);
  return steps;
}

export function calibrationOf(ctx: Context): Calibration {
  return ctx.cache.get(CALIBRATION_CACHE_KEY, loadCalibration);
}

/** The calibrated confidence of a raw one (the identity for an empty table; the first step below its start). */
export function calibrate(raw: number, steps: Calibration): number {
  let value = steps[0]?.value ?? raw;
  for (const step of steps) {
    if (raw < step.from) break;
    value = step.value;
  }
  return value;
}
