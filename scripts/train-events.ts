/**
 * Trains the event decision layer: `npm run train:events [-- --cv]`.
 * Data: PLOVER GSR dev records and Multi-CoPED cameo_class train (../shared/data/events), labels as in
 * bench/lib/event-training.ts. Writes models/events-logreg.json. Deterministic: same data, same file.
 * `--cv` prints 5-fold cross-validated figures over THRESHOLD_GRID instead, best F0.5 of every coded
 * event's precision and the records' recall first (bench/lib/event-precision.ts): how the shipped
 * thresholds in EVENT_TRAINING were chosen. It writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { EVENT_MODEL_FILE } from '../src/events/model.js';
import { modelFile } from '../src/util/paths.js';
import { scoreMulticoped, scorePlover } from '../bench/lib/event-benchmarks.js';
import { decideFolds, foldModels, replay, trainOn } from '../bench/lib/event-cv.js';
import { formatBreakdown, pentaBreakdown, ploverBreakdown } from '../bench/lib/event-errors.js';
import { pentaNothingCoded, ploverTyping } from '../bench/lib/event-typing.js';
import { countMulticoped, countPlover, precisionScores } from '../bench/lib/event-precision.js';
import {
  EVENT_TRAINING,
  loadTrainingSets,
  sameThresholds,
  textsHash,
  THRESHOLD_GRID,
} from '../bench/lib/event-training.js';

const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false } } });
const started = performance.now();
const sets = loadTrainingSets(createContext(), EVENT_TRAINING.ploverWeight);
const { plover, penta, ploverRecords, pentaRecords } = sets;
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
console.log(`prepared ${plover.length} + ${penta.length} records in ${seconds()} s`);

if (values.cv) {
  // the thresholds only decide how probabilities are used: one set of fold models serves the whole grid
  const weighted = plover.map((r) => ({ ...r, weight: EVENT_TRAINING.ploverWeight }));
  const models = foldModels([weighted, penta], EVENT_TRAINING);
  const rows = THRESHOLD_GRID.map((t) => {
    const [pd, md] = decideFolds([weighted, penta], models, t);
    const score = precisionScores(countPlover(ploverRecords, pd!), countMulticoped(pentaRecords, md!));
    return { t, score, pd: pd!, md: md! };
  }).sort((a, b) => b.score.f05 - a.score.f05 || b.score.precision - a.score.precision);
  const line = (r: (typeof rows)[number]): string => {
    const p = scorePlover(ploverRecords, replay(r.pd));
    const m = scoreMulticoped(pentaRecords, replay(r.md));
    const { precision, recall, f05 } = r.score;
    return `${JSON.stringify(r.t)}: F0.5 ${f05.toFixed(3)} (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}) | plover acc ${p.scores.accuracy.toFixed(3)} actorF1 ${p.actorF1.toFixed(3)} | multicoped macroF1 ${m.scores.macroF1.toFixed(3)}`;
  };
  console.log(`${rows.length} threshold settings, ${EVENT_TRAINING.folds}-fold CV, best F0.5 first:`);
  for (const r of rows.slice(0, 40)) console.log(line(r));
  const shipped = rows.find((r) => sameThresholds(r.t, EVENT_TRAINING));
  if (shipped) {
    console.log(`shipped (EVENT_TRAINING): ${line(shipped)}`);
    console.log(
      formatBreakdown('PLOVER records, shipped setting:', ploverBreakdown(ploverRecords, plover, shipped.pd)),
    );
    console.log(
      formatBreakdown('Multi-CoPED records, shipped setting:', pentaBreakdown(pentaRecords, shipped.md)),
    );
    // the ceiling of any none/event decision: how often each reading types the gold event's own candidate
    console.log(
      formatBreakdown('PLOVER gold candidates, typed:', ploverTyping(ploverRecords, plover, models)),
    );
    console.log(
      formatBreakdown(
        'Multi-CoPED event sentences coded nothing, shipped setting:',
        pentaNothingCoded(pentaRecords, penta, shipped.md),
      ),
    );
  }
} else {
  const { epochs, learningRate, l2, seed, prior, ploverWeight, folds } = EVENT_TRAINING;
  const { verbThreshold, dropThreshold, switchThreshold, keepThreshold } = EVENT_TRAINING;
  const model = trainOn([...plover, ...penta], EVENT_TRAINING, {
    data: 'PLOVER GSR dev (PLOVER_GSR_CAMEO.dev.json) + Multi-CoPED cameo_class train.tsv',
    ploverHash: textsHash(ploverRecords.map((r) => r.text)),
    multicopedHash: textsHash(pentaRecords.map((r) => r.text)),
    records: plover.length + penta.length,
    model: 'multinomial logistic regression, SGD',
    ...{ epochs, learningRate, l2, seed, prior, ploverWeight, folds },
    thresholds: `chosen by ${folds}-fold CV, best F0.5 (npm run train:events -- --cv): verb ${verbThreshold}, drop ${dropThreshold}, switch ${switchThreshold}, keep ${keepThreshold}`,
  });
  const out = modelFile(EVENT_MODEL_FILE);
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${out}: ${model.classes.length} classes, ${Object.keys(model.weights).length} features`);
}
console.log(`(${seconds()} s)`);
