/**
 * Trained named-entity tagger (greedy averaged perceptron over BILOU labels, CoNLL-2003 types PER, ORG,
 * LOC, MISC). `loadNerModel()` reads `models/ner-conll-perceptron.bin.gz` (made by `npm run train:ner`).
 */
import { readFileSync } from 'node:fs';
import { modelFile } from '../../../util/paths.js';
import { decodeModel, decodeRawModel } from './model-file.js';
import { nerModelFromContents, type NerModel } from './ner-model.js';
import { DEFAULT_NER_MODEL, takePrefetchedNerModel } from './prefetch.js';

export type { NerModel } from './ner-model.js';
export type { NerDocContext } from './doc-context.js';
export { DEFAULT_NER_MODEL, prefetchNerModel, prefetchShippedNerModel } from './prefetch.js';
export { spansFromTags, ENTITY_TYPES, type NerType, type TokenSpan } from './labels.js';

/** Loads a model file (default: the shipped one). Throws, naming the path, if it is missing or corrupt. */
export function loadNerModel(path: string = modelFile(DEFAULT_NER_MODEL)): NerModel {
  const raw = takePrefetchedNerModel(path);
  if (raw) return nerModelFromContents(decodeRawModel(raw, path));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(`newsgraph: cannot read NER model ${path} (run \`npm run train:ner\`): ${String(err)}`);
  }
  return nerModelFromContents(decodeModel(bytes, path));
}
