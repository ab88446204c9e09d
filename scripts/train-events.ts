/**
 * Trains the event decision layer: `npm run train:events [-- --cv]`.
 * Data: PLOVER GSR dev records and Multi-CoPED cameo_class train (../shared/data/events), labels as in
 * bench/lib/event-training.ts. Writes models/events-logreg.json. Deterministic: same data, same file.
 * `--cv` prints 5-fold cross-validated figures for a small grid of settings instead (how the shipped
 * settings in EVENT_TRAINING were chosen) and writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { EVENT_MODEL_FILE } from '../src/events/model.js';
import { modelFile } from '../src/util/paths.js';
import { scoreMulticoped, scorePlover } from '../bench/lib/event-benchmarks.js';
import { crossValidatedDocs, replay, trainOn, type Settings } from '../bench/lib/event-cv.js';
import { EVENT_TRAINING, loadTrainingSets, textsHash } from '../bench/lib/event-training.js';

const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false } } });
const started = performance.now();
const sets = loadTrainingSets(createContext(), EVENT_TRAINING.ploverWeight);
const { plover, penta, ploverRecords, pentaRecords } = sets;
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
console.log(`prepared ${plover.length} + ${penta.length} records in ${seconds()} s`);

if (values.cv) {
  const grid: Partial<Settings>[] = [];
  for (const verbThreshold of [0.4, 0.6])
    for (const dropThreshold of [0.5, 0.7])
      for (const switchThreshold of [0.6, 0.9]) grid.push({ verbThreshold, dropThreshold, switchThreshold });
  for (const g of grid) {
    const s = { ...EVENT_TRAINING, ...g };
    const weighted = plover.map((r) => ({ ...r, weight: s.ploverWeight }));
    const [pd, md] = crossValidatedDocs([weighted, penta], s);
    const p = scorePlover(ploverRecords, replay(pd!));
    const m = scoreMulticoped(pentaRecords, replay(md!));
    console.log(
      `${JSON.stringify(g)}: plover acc ${p.scores.accuracy.toFixed(3)} actorF1 ${p.actorF1.toFixed(3)} | multicoped macroF1 ${m.scores.macroF1.toFixed(3)}`,
    );
  }
} else {
  const { epochs, learningRate, l2, seed, prior, ploverWeight, folds } = EVENT_TRAINING;
  const model = trainOn([...plover, ...penta], EVENT_TRAINING, {
    data: 'PLOVER GSR dev (PLOVER_GSR_CAMEO.dev.json) + Multi-CoPED cameo_class train.tsv',
    ploverHash: textsHash(ploverRecords.map((r) => r.text)),
    multicopedHash: textsHash(pentaRecords.map((r) => r.text)),
    records: plover.length + penta.length,
    model: 'multinomial logistic regression, SGD',
    ...{ epochs, learningRate, l2, seed, prior, ploverWeight, folds },
  });
  const out = modelFile(EVENT_MODEL_FILE);
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${out}: ${model.classes.length} classes, ${Object.keys(model.weights).length} features`);
}
console.log(`(${seconds()} s)`);
