/**
 * Toponym-resolution metrics as Gritta et al. define them ("What's missing in geoparsing?", LRE 2018;
 * "A pragmatic guide to geoparsing evaluation", LRE 2020), over the great-circle errors (km) between the
 * resolved and the gold coordinates of each evaluated toponym:
 * - accuracy@161: share of errors under 161 km (100 miles);
 * - mean (and median) error in km;
 * - AUC: area under the curve of the sorted errors, each scaled as ln(error + 1), by the trapezoidal rule,
 *   divided by the area of the worst case, ln(20039) × (n − 1) (20,039 km: half the Earth's circumference,
 *   the largest possible error). 0 is perfect, 1 worst; lower is better.
 * A toponym the system does not resolve at all counts as the largest possible error, 20,039 km.
 */

import { distanceKm } from '../../src/geo/distance.js';

export const MAX_ERROR_KM = 20039;

/** Great-circle distance (haversine, spherical Earth of radius 6371 km): the engine's own function. */
export const haversineKm = distanceKm;

export interface ResolutionScores {
  n: number;
  acc161: number;
  meanErrorKm: number;
  medianErrorKm: number;
  auc: number;
}

export function resolutionScores(errorsKm: readonly number[]): ResolutionScores {
  const n = errorsKm.length;
  if (n === 0) return { n, acc161: 0, meanErrorKm: 0, medianErrorKm: 0, auc: 0 };
  const sorted = [...errorsKm].sort((a, b) => a - b);
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    n,
    acc161: sorted.filter((e) => e < 161).length / n,
    meanErrorKm: sorted.reduce((s, e) => s + e, 0) / n,
    medianErrorKm: median,
    auc: logErrorAuc(sorted),
  };
}

/** Trapezoidal area under ln(error + 1) of the ascending errors, over the worst case's. */
function logErrorAuc(sorted: readonly number[]): number {
  const logs = sorted.map((e) => Math.log(e + 1));
  const worst = Math.log(MAX_ERROR_KM);
  if (logs.length === 1) return logs[0]! / worst;
  let area = 0;
  for (let i = 1; i < logs.length; i++) area += (logs[i - 1]! + logs[i]!) / 2;
  return area / (worst * (logs.length - 1));
}
