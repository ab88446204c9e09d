/**
 * Trains the shipped NER model: `npm run train:ner [-- --train <conll file> --out <model file>]`.
 * Deterministic: the same data and code give the same model file, byte for byte.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/nlp/ner/model/conll.js';
import { buildGazetteerLists } from '../src/nlp/ner/model/gazetteer-sources.js';
import { DEFAULT_NER_MODEL } from '../src/nlp/ner/model/index.js';
import { encodeModel } from '../src/nlp/ner/model/model-file.js';
import { trainNer } from '../src/nlp/ner/model/train.js';
import { SHIPPED_TRAINING, TRAINING_DATA } from '../src/nlp/ner/model/training-config.js';
import { modelFile, packageRoot } from '../src/util/paths.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: join(packageRoot(), TRAINING_DATA) },
    out: { type: 'string', default: modelFile(DEFAULT_NER_MODEL) },
    epochs: { type: 'string' },
  },
});
const trainPath = values.train;
if (!existsSync(trainPath)) {
  console.error(`train-ner: training data not found: ${trainPath}`);
  process.exit(1);
}
const started = performance.now();
const documents = parseConll(readFileSync(trainPath, 'utf8'));
const options = { ...SHIPPED_TRAINING, ...(values.epochs ? { epochs: Number(values.epochs) } : {}) };
const contents = trainNer(documents, {
  ...options,
  gazetteer: buildGazetteerLists(),
  provenance: {
    data: 'CoNLL-2003 eng.train',
    model: 'greedy averaged perceptron, BILOU',
    epochs: options.epochs,
    seed: options.seed,
    caseAugmentation: options.caseAugmentation,
  },
  log: (m) => console.log(m),
});
const bytes = encodeModel(contents);
writeFileSync(values.out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${seconds} s`);
