/**
 * The settings `npm run train:ner` uses for the shipped model. 5-fold cross-validation on eng.train alone
 * (`npm run train:ner -- --cv 5 [--clusters]`, CV_GRID below; pooled held-out entity F1 of the tagger) ranks
 * word clusters (data/nlp/word-clusters.tsv) with 10 epochs first: 0.8979 (15 epochs 0.8978); without them
 * 15 epochs 0.8930, 10: 0.8926, 6: 0.8898. That model (`npm run train:ner -- --clusters --epochs 10`) is NOT
 * shipped yet: its load cost is gone (clusters are searched in the stored table, word-clusters.ts), and three of
 * the six acceptance cases it broke now hold by general engine rules ("the Hague tribunal", "the A320 landed",
 * "Osama bin Laden"), but three still fail: "Drudge Report" MISC (as "Mueller Report", so the org-head table
 * cannot tell them apart), "The Committee for a Responsible Federal Budget" and "Dodd-Frank Act"/"Election
 * Day", where the rule finder's own candidates are poor (see models/README.md), so these settings still make the
 * shipped model (no clusters, 15 epochs). Seed, case augmentation and weight floor as first tuned on eng.testa.
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

/**
 * The settings `npm run train:ner -- --cv 5` compares by 5-fold cross-validation on eng.train alone (epoch
 * counts come from one training run per fold and cut-off, so they cost no extra training). Small on
 * purpose: one training per fold on a shared 2-core machine (a first run with cut-offs 1 and 2 up to 20
 * epochs would have taken about two hours under that load).
 */
export const CV_GRID = { epochs: [10, 15], minFeatureCount: [2] } as const;
