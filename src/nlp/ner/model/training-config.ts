/**
 * The settings `npm run train:ner` uses for the shipped model, tuned on CoNLL-2003 eng.testa only.
 */
import type { TrainOptions } from './train.js';

export const SHIPPED_TRAINING: Omit<TrainOptions, 'gazetteer' | 'log' | 'provenance'> = {
  epochs: 15,
  seed: 20_030_531,
  minFeatureCount: 2,
  caseAugmentation: 0.1,
  minWeight: 0.05,
};

/** Training data, relative to the project root (never copied into the project). */
export const TRAINING_DATA = '../shared/data/ner/conll2003/eng.train';
