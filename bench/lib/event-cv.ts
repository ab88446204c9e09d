/**
 * k-fold cross-validation of the event decision layer on the data it is trained on: records of every
 * training set are dealt into k folds by position (record i → fold i mod k); each fold's events come
 * from a model trained on the other folds of all sets, so no figure is ever on a record the model saw.
 * The thresholds only decide how a model's probabilities are used, so one set of fold models serves
 * every threshold setting of a grid (`foldModels` once, `decideFolds` per setting).
 */
import type { Doc } from '../../src/doc/types.js';
import { train, type EventModel, type Thresholds, type TrainOptions } from '../../src/events/classifier.js';
import { eventsFromCandidates } from '../../src/events/index.js';
import { withEvents } from '../../src/events/unnamed-entities.js';
import { loadVerbalSenses } from '../../src/events/verbal.js';
import { examplesOf, type PreparedRecord } from './event-training.js';

export type Settings = TrainOptions & Thresholds & { folds: number; ploverWeight: number };

export function trainOn(
  records: readonly PreparedRecord[],
  s: Settings,
  provenance: Record<string, string | number>,
): EventModel {
  return train(examplesOf(records), s, s, provenance);
}

/** One model per fold, each trained on the other folds of every set. */
export function foldModels(sets: readonly (readonly PreparedRecord[])[], s: Settings): EventModel[] {
  const models: EventModel[] = [];
  for (let fold = 0; fold < s.folds; fold++) {
    const trainRecords = sets.flatMap((set) => set.filter((_, i) => i % s.folds !== fold));
    models.push(trainOn(trainRecords, s, { fold }));
  }
  return models;
}

/** For each set, its records' Docs with events coded by their fold's model under the given thresholds. */
export function decideFolds(
  sets: readonly (readonly PreparedRecord[])[],
  models: readonly EventModel[],
  thresholds: Thresholds,
): Doc[][] {
  const senses = loadVerbalSenses();
  const k = models.length;
  const withThresholds = models.map((m) => ({ ...m, ...thresholds }));
  return sets.map((set) =>
    set.map((r, i) =>
      withEvents(
        r.doc,
        r.candidates,
        eventsFromCandidates(r.doc, r.candidates, withThresholds[i % k], senses),
      ),
    ),
  );
}

/** For each set, its records' Docs with events coded by the model of the fold that held them out. */
export function crossValidatedDocs(sets: readonly (readonly PreparedRecord[])[], s: Settings): Doc[][] {
  return decideFolds(sets, foldModels(sets, s), s);
}

/** An analyser over prepared Docs for the scorers, which call it once per record in order. */
export function replay(docs: readonly Doc[]): (text: string) => Doc {
  let i = 0;
  return () => {
    const doc = docs[i++];
    if (!doc) throw new Error('cross-validation: more records scored than prepared');
    return doc;
  };
}
