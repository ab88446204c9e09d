import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolutionErrors } from '../../bench/lib/geo-article.js';
import { haversineKm, MAX_ERROR_KM, resolutionScores } from '../../bench/lib/geo-metrics.js';

const near = (a: number, b: number, tolerance: number, what: string): void =>
  assert.ok(Math.abs(a - b) <= tolerance, `${what}: ${a} vs ${b}`);

test('haversineKm: known great-circle distances', () => {
  near(haversineKm(0, 0, 1, 0), 111.195, 0.001, 'one degree of latitude');
  near(haversineKm(0, 0, 0, 180), Math.PI * 6371, 1e-6, 'half a great circle of the 6371 km sphere');
  near(haversineKm(51.5074, -0.1278, 48.8566, 2.3522), 343.5, 1, 'London–Paris');
  assert.equal(haversineKm(10, 20, 10, 20), 0);
});

test('resolutionScores: accuracy@161, mean, median, log-error AUC', () => {
  const e = Math.E;
  // ln(error + 1) of these is 0, 1, 2: trapezoid area 0.5 + 1.5 = 2, over ln(20039) × 2.
  const s = resolutionScores([e * e - 1, 0, e - 1]);
  near(s.acc161, 1, 0, 'all under 161 km');
  near(s.meanErrorKm, (e * e - 1 + e - 1) / 3, 1e-9, 'mean');
  near(s.medianErrorKm, e - 1, 1e-12, 'median');
  near(s.auc, 1 / Math.log(MAX_ERROR_KM), 1e-12, 'AUC');

  const t = resolutionScores([0, 160.9, 161, MAX_ERROR_KM]);
  assert.equal(t.acc161, 0.5); // 161 km itself is not under 161 km
  near(t.medianErrorKm, (160.9 + 161) / 2, 1e-9, 'even-length median');
  near(
    resolutionScores([MAX_ERROR_KM, MAX_ERROR_KM]).auc,
    Math.log(MAX_ERROR_KM + 1) / Math.log(MAX_ERROR_KM),
    1e-12,
    'worst AUC ≈ 1',
  );
  assert.equal(resolutionScores([0]).auc, 0);
  assert.deepEqual(resolutionScores([]), { n: 0, acc161: 0, meanErrorKm: 0, medianErrorKm: 0, auc: 0 });
});

test('resolutionErrors: one error per located gold toponym; an unresolved one costs the largest error', () => {
  const gold = [
    { start: 0, end: 5, phrase: 'Paris', lat: 48.8566, lon: 2.3522 },
    { start: 10, end: 16, phrase: 'Nowhere' }, // no coordinates: not scored for resolution
    { start: 20, end: 26, phrase: 'London', lat: 51.5074, lon: -0.1278 },
  ];
  const ours = (g: { phrase: string }) => (g.phrase === 'Paris' ? { lat: 48.8566, lon: 2.3522 } : undefined);
  assert.deepEqual(resolutionErrors(gold, ours), [0, MAX_ERROR_KM]);
});
