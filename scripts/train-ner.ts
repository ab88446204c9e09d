/**
 * Trains the shipped NER model: `npm run train:ner [-- --train <conll file> --out <model file>]`.
 * Deterministic: the same data and code give the same model file, byte for byte.
 *
 * `npm run train:ner -- --cv 5` instead cross-validates the settings grid below on the training file alone
 * (5 folds by document, bench/lib/ner-cross-validation.ts), prints the table and the chosen setting, and
 * writes no model; put the chosen setting in src/nlp/ner/model/training-config.ts, then train.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/nlp/ner/model/conll.js';
import { buildGazetteerLists } from '../src/nlp/ner/model/gazetteer-sources.js';
import { DEFAULT_NER_MODEL } from '../src/nlp/ner/model/index.js';
import { encodeModel } from '../src/nlp/ner/model/model-file.js';
import { trainNer } from '../src/nlp/ner/model/train.js';
import { loadWordClusterTable } from '../src/nlp/ner/model/word-clusters.js';
import { CV_GRID, SHIPPED_TRAINING, TRAINING_DATA } from '../src/nlp/ner/model/training-config.js';
import { modelFile, packageRoot } from '../src/util/paths.js';
import { bestSetting, crossValidate } from '../bench/lib/ner-cross-validation.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: join(packageRoot(), TRAINING_DATA) },
    out: { type: 'string', default: modelFile(DEFAULT_NER_MODEL) },
    epochs: { type: 'string' },
    /** Without --cv: this feature cut-off instead of SHIPPED_TRAINING's (to train a CV-chosen candidate). */
    cutoff: { type: 'string' },
    cv: { type: 'string' },
    /** With --cv: only these folds (e.g. `1,2`), to split one cross-validation across processes. */
    folds: { type: 'string' },
    /** With --cv: these feature cut-offs (e.g. `1`) instead of CV_GRID's. */
    cutoffs: { type: 'string' },
    /** Train or cross-validate with the word-cluster features (data/nlp/word-clusters.tsv). */
    clusters: { type: 'boolean', default: false },
  },
});
const trainPath = values.train;
if (!existsSync(trainPath)) {
  console.error(`train-ner: training data not found: ${trainPath}`);
  process.exit(1);
}
const started = performance.now();
const documents = parseConll(readFileSync(trainPath, 'utf8'));
const clusters = values.clusters ? { clusters: loadWordClusterTable() } : {};
const elapsed = (): string => ((performance.now() - started) / 1000).toFixed(1);

if (values.cv) {
  const k = Number(values.cv);
  if (!Number.isInteger(k) || k < 2)
    throw new Error(`train-ner: --cv wants a whole number ≥ 2, not ${values.cv}`);
  const results = crossValidate(
    documents,
    k,
    values.cutoffs ? { ...CV_GRID, minFeatureCount: values.cutoffs.split(',').map(Number) } : CV_GRID,
    { ...SHIPPED_TRAINING, gazetteer: buildGazetteerLists(), ...clusters },
    (m) => console.log(m),
    values.folds?.split(',').map(Number),
  );
  console.log(`${k}-fold cross-validation on ${trainPath} (${documents.length} documents), ${elapsed()} s`);
  console.log('cut-off  epochs  pooled F1  fold F1s');
  for (const r of results)
    console.log(
      `${String(r.minFeatureCount).padStart(7)}${String(r.epochs).padStart(8)}${r.f1.toFixed(4).padStart(11)}  ${r.foldF1.map((f) => f.toFixed(4)).join(' ')}`,
    );
  const best = bestSetting(results);
  console.log(JSON.stringify({ task: 'ner-cv', folds: k, best, results }));
} else {
  const options = {
    ...SHIPPED_TRAINING,
    ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
    ...(values.cutoff ? { minFeatureCount: Number(values.cutoff) } : {}),
  };
  const contents = trainNer(documents, {
    ...options,
    gazetteer: buildGazetteerLists(),
    ...clusters,
    provenance: {
      data: 'CoNLL-2003 eng.train',
      model: 'greedy averaged perceptron, BILOU',
      epochs: options.epochs,
      seed: options.seed,
      caseAugmentation: options.caseAugmentation,
      ...(clusters.clusters ? { wordClusters: 'data/nlp/word-clusters.tsv' } : {}),
    },
    log: (m) => console.log(m),
  });
  const bytes = encodeModel(contents);
  writeFileSync(values.out, bytes);
  console.log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${elapsed()} s`);
}
