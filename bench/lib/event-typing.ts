/**
 * How well each reading types the gold event's own candidate, on cross-validated PLOVER records (printed by
 * `npm run train:events -- --cv`): the cue table's row, PETRARCH's verb dictionary, and the fold model's
 * most likely event class (its argmax over every class but `none`, whatever the thresholds decide). The
 * ceiling a none/event decision can reach is the model's count: a record whose gold candidate it types
 * wrong stays wrong however many events are coded. And, for Multi-CoPED event sentences the engine codes
 * nothing in, which candidates they had: none at all, a cue, or uncovered verbs only (with the verb
 * dictionary's class the sentence's or not).
 */
import type { Doc } from '../../src/doc/types.js';
import type { Candidate } from '../../src/events/candidates.js';
import { NO_EVENT, predict, type EventModel } from '../../src/events/classifier.js';
import { rowClass } from '../../src/events/decide.js';
import { candidateFeatures } from '../../src/events/features.js';
import { bump, type Breakdown } from './event-errors.js';
import { pentaClass, ploverGsrLabel } from './event-labels.js';
import type { PentaRecord, PloverRecord } from './event-records.js';
import { GSR_CLASS, type PreparedRecord } from './event-training.js';

/** The gold records' label of an engine class `TYPE/CAMEO`. */
const gsrLabel = (cls: string | undefined): string | undefined => {
  if (cls === undefined) return undefined;
  const [type = '', cameo = ''] = cls.split('/');
  return ploverGsrLabel(type, cameo);
};

/** The model's most likely class other than `none`. */
export function bestEventClass(model: EventModel, c: Candidate): string | undefined {
  const probs = predict(model, candidateFeatures(c));
  let best = -1;
  model.classes.forEach((cls, k) => {
    if (cls !== NO_EVENT && (best < 0 || probs[k]! > probs[best]!)) best = k;
  });
  return best < 0 ? undefined : model.classes[best];
}

/** Record i is typed by models[i mod k], the fold model that did not see it (bench/lib/event-cv.ts). */
export function ploverTyping(
  records: readonly PloverRecord[],
  prepared: readonly PreparedRecord[],
  models: readonly EventModel[],
): Breakdown {
  const b: Breakdown = {};
  records.forEach((record, i) => {
    const r = prepared[i]!;
    const at = r.labels.findIndex((l) => l === GSR_CLASS[record.event]);
    if (at < 0) return bump(b, 'no gold-cue candidate');
    const c = r.candidates[at]!;
    bump(b, `gold candidate a ${c.kind}`);
    if (c.kind === 'cue' && gsrLabel(rowClass(c)) === record.event) bump(b, `  ${c.kind}: cue row right`);
    if (c.dictClass !== undefined) bump(b, `  ${c.kind}: verb dictionary reads it`);
    if (gsrLabel(c.dictClass) === record.event) bump(b, `  ${c.kind}: verb dictionary right`);
    if (gsrLabel(bestEventClass(models[i % models.length]!, c)) === record.event)
      bump(b, `  ${c.kind}: model's best event class right`);
  });
  return b;
}

/** Multi-CoPED event sentences with no coded event, by the candidates they had. */
export function pentaNothingCoded(
  records: readonly PentaRecord[],
  prepared: readonly PreparedRecord[],
  docs: readonly Doc[],
): Breakdown {
  const b: Breakdown = {};
  const penta = (cls: string | undefined): number | undefined => {
    const [type = '', cameo = ''] = (cls ?? '').split('/');
    return cls === undefined ? undefined : pentaClass(type, cameo);
  };
  records.forEach((record, i) => {
    if (record.label === 0 || docs[i]!.events.length > 0) return;
    const { candidates } = prepared[i]!;
    if (candidates.length === 0) return bump(b, 'no candidate');
    if (candidates.some((c) => c.kind === 'cue')) return bump(b, 'a cue, decided none');
    bump(
      b,
      candidates.some((c) => penta(c.dictClass) === record.label)
        ? "uncovered verbs only, one the dictionary reads as the sentence's class"
        : "uncovered verbs only, none the dictionary reads as the sentence's class",
    );
  });
  return b;
}
