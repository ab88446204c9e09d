/**
 * Precision and recall of every coded event (not only a sentence's main one) against the training sets'
 * gold, for choosing the decision thresholds by cross-validation with precision first:
 *
 * - an event is right in a PLOVER record when its type is the record's (0.5b1 crosswalk) and its cue
 *   holds one of the coder's `(EVT: …)` words; in a Multi-CoPED sentence when its PentaClass is the
 *   sentence's (an appeal in a statement sentence is right; any event of another class is counted wrong,
 *   which makes precision a lower bound where a sentence tells two events);
 * - a record is found when some right event covers it (Multi-CoPED statement sentences, which need no
 *   event, are left out of recall);
 * - F0.5 weighs precision twice as much as recall, as the hand audit's target does (≥ 0.80 precision).
 */
import type { Doc, Event } from '../../src/doc/types.js';
import { pentaClass, ploverGsrLabel } from './event-labels.js';
import type { PentaRecord, PloverRecord } from './event-records.js';

export interface PrecisionCounts {
  right: number;
  coded: number;
  found: number;
  findable: number;
}

export interface PrecisionScores extends PrecisionCounts {
  precision: number;
  recall: number;
  f05: number;
}

function ploverRight(record: PloverRecord, e: Event): boolean {
  if (ploverGsrLabel(e.type, e.cameo) !== record.event) return false;
  if (!record.eventWords || record.eventWords.length === 0) return true;
  const words = new Set(record.eventWords);
  return e.cue.text
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => words.has(w));
}

export function countPlover(records: readonly PloverRecord[], docs: readonly Doc[]): PrecisionCounts {
  const c: PrecisionCounts = { right: 0, coded: 0, found: 0, findable: records.length };
  records.forEach((r, i) => {
    const events = docs[i]?.events ?? [];
    const right = events.filter((e) => ploverRight(r, e)).length;
    c.coded += events.length;
    c.right += right;
    if (right > 0) c.found++;
  });
  return c;
}

export function countMulticoped(records: readonly PentaRecord[], docs: readonly Doc[]): PrecisionCounts {
  const c: PrecisionCounts = { right: 0, coded: 0, found: 0, findable: 0 };
  records.forEach((r, i) => {
    const events = docs[i]?.events ?? [];
    const right = events.filter((e) => (pentaClass(e.type, e.cameo) ?? 0) === r.label).length;
    c.coded += events.length;
    c.right += right;
    if (r.label !== 0) {
      c.findable++;
      if (right > 0) c.found++;
    }
  });
  return c;
}

export function precisionScores(...counts: PrecisionCounts[]): PrecisionScores {
  const sum = counts.reduce(
    (a, b) => ({
      right: a.right + b.right,
      coded: a.coded + b.coded,
      found: a.found + b.found,
      findable: a.findable + b.findable,
    }),
    { right: 0, coded: 0, found: 0, findable: 0 },
  );
  const precision = sum.coded === 0 ? 0 : sum.right / sum.coded;
  const recall = sum.findable === 0 ? 0 : sum.found / sum.findable;
  const f05 = precision + recall === 0 ? 0 : (1.25 * precision * recall) / (0.25 * precision + recall);
  return { ...sum, precision, recall, f05 };
}
