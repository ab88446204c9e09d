/**
 * Trained named-entity tagger (greedy averaged perceptron over BILOU labels, CoNLL-2003 types PER, ORG,
 * LOC, MISC). `loadNerModel()` reads `models/ner-conll-perceptron.bin.gz` (made by `npm run train:ner`).
 */
import { readFileSync } from 'node:fs';
import { modelFile } from '../../../util/paths.js';
import { decodeModel } from './model-file.js';
import { nerModelFromContents, type NerModel } from './ner-model.js';

export type { NerModel } from './ner-model.js';
export type { NerDocContext } from './doc-context.js';
export { spansFromTags, ENTITY_TYPES, type NerType, type TokenSpan } from './labels.js';

/** File name of the shipped model in `models/`. */
export const DEFAULT_NER_MODEL = 'ner-conll-perceptron.bin.gz';

/** Loads a model file (default: the shipped one). Throws, naming the path, if it is missing or corrupt. */
export function loadNerModel(path: string = modelFile(DEFAULT_NER_MODEL)): NerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(`newsgraph: cannot read NER model ${path} (run \`npm run train:ner\`): ${String(err)}`);
  }
  return nerModelFromContents(decodeModel(bytes, path));
}
