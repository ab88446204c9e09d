/**
 * k-fold cross-validation of the event decision layer on the data it is trained on: records of every
 * training set are dealt into k folds by position (record i → fold i mod k); each fold's events come
 * from a model trained on the other folds of all sets, so no figure is ever on a record the model saw.
 */
import type { Doc } from '../../src/doc/types.js';
import { train, type EventModel, type Thresholds, type TrainOptions } from '../../src/events/classifier.js';
import { eventsFromCandidates } from '../../src/events/index.js';
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

/** For each set, its records' Docs with events coded by the model of the fold that held them out. */
export function crossValidatedDocs(sets: readonly (readonly PreparedRecord[])[], s: Settings): Doc[][] {
  const out: Doc[][] = sets.map((set) => new Array<Doc>(set.length));
  const senses = loadVerbalSenses();
  for (let fold = 0; fold < s.folds; fold++) {
    const trainRecords = sets.flatMap((set) => set.filter((_, i) => i % s.folds !== fold));
    const model = trainOn(trainRecords, s, { fold });
    sets.forEach((set, k) =>
      set.forEach((r, i) => {
        if (i % s.folds === fold)
          out[k]![i] = { ...r.doc, events: eventsFromCandidates(r.doc, r.candidates, model, senses) };
      }),
    );
  }
  return out;
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
