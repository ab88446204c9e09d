/**
 * The calibration part of `npm run bench -- geo` (see geo-calibration.ts for what an outcome is).
 *
 * - Default: the table of the confidences the engine reports (calibrated by data/geo/confidence-calibration.tsv,
 *   which was fitted on these same corpora: an in-sample table, said so in its title).
 * - `--fit-calibration`: the engine runs with raw confidences; each corpus is scored with the steps fitted on
 *   the other corpora only (held out: the honest figure), then the steps fitted on all of them are printed,
 *   and with `--write` saved as the shipped table.
 */
import { writeFileSync } from 'node:fs';
import { calibrate, type CalibrationStep } from '../../src/geo/calibration.js';
import { dataFile } from '../../src/util/paths.js';
import { round4 } from './prf.js';
import {
  calibrationTable,
  fitSteps,
  formatTable,
  rightAtOrAbove,
  type Outcome,
  type PlaceOutcomes,
} from './geo-calibration.js';

const THRESHOLD = 0.8;

const pooled = (all: readonly PlaceOutcomes[]): PlaceOutcomes => ({
  scored: all.flatMap((o) => o.scored),
  unmatched: all.flatMap((o) => o.unmatched),
});

const mapped = (o: PlaceOutcomes, steps: readonly CalibrationStep[]): PlaceOutcomes => ({
  scored: o.scored.map((x): Outcome => ({ confidence: calibrate(x.confidence, steps), right: x.right })),
  unmatched: o.unmatched.map((c) => calibrate(c, steps)),
});

function summary(label: string, scored: readonly Outcome[]): { share: number; n: number } {
  const at = rightAtOrAbove(scored, THRESHOLD);
  console.log(
    `${label}: places with confidence ≥ ${THRESHOLD} right (< 161 km) ${(100 * at.share).toFixed(1)} % of ${at.n}`,
  );
  return at;
}

export function reportCalibration(
  names: readonly string[],
  outcomes: readonly PlaceOutcomes[],
  fitting: boolean,
  write: boolean,
): Record<string, number> {
  const all = pooled(outcomes);
  if (!fitting) {
    const title = 'calibration (shipped confidences; the table was fitted on LGL + GeoVirus: in-sample)';
    formatTable(title, calibrationTable(all)).forEach((l) => console.log(l));
    const at = summary('in-sample', all.scored);
    return { rightAt08: round4(at.share), nAt08: at.n };
  }
  formatTable('calibration (raw confidences)', calibrationTable(all)).forEach((l) => console.log(l));
  summary('raw', all.scored);
  const result: Record<string, number> = {};
  if (outcomes.length > 1) {
    const heldOut = outcomes.map((o, i) =>
      mapped(o, fitSteps(pooled(outcomes.filter((_, j) => j !== i)).scored)),
    );
    const title = `calibration held out (each of ${names.join(', ')} mapped by steps fitted on the others)`;
    formatTable(title, calibrationTable(pooled(heldOut))).forEach((l) => console.log(l));
    heldOut.forEach((o, i) => summary(`held out, ${names[i]}`, o.scored));
    const at = summary('held out, all', pooled(heldOut).scored);
    Object.assign(result, { heldOutRightAt08: round4(at.share), heldOutNAt08: at.n });
  }
  const steps = fitSteps(all.scored);
  console.log(`steps fitted on ${names.join(' + ')}: ${steps.map((s) => `${s.from}→${s.value}`).join(', ')}`);
  if (write) {
    const header =
      '# Confidence calibration of the geo stage (src/geo/calibration.ts): a raw confidence from raw_from on\n' +
      `# maps to calibrated. Fitted by \`npm run bench -- geo --fit-calibration --write\` (isotonic regression on\n` +
      `# ${names.join(' + ')}; ${all.scored.length} places lined up with located gold toponyms).\n`;
    const body = steps.map((s) => `${s.from}\t${s.value}`).join('\n');
    writeFileSync(dataFile('geo', 'confidence-calibration.tsv'), `${header}raw_from\tcalibrated\n${body}\n`);
    console.log(`wrote ${dataFile('geo', 'confidence-calibration.tsv')}`);
  }
  return result;
}
