/**
 * Where cross-validated records are lost, by stage (`npm run train:events -- --cv` prints it for the
 * shipped thresholds): no candidate of the gold event, the decision layer's none or type, the choice of
 * the record's main event, or its actors. Counts only; the training sets are the records' gold.
 */
import type { Doc, Event } from '../../src/doc/types.js';
import { actorScores, countActors } from './actor-match.js';
import { PENTA_NO_EVENT, pentaClass, ploverGsrLabel } from './event-labels.js';
import type { PentaRecord, PloverRecord } from './event-records.js';
import { GSR_CLASS, type PreparedRecord } from './event-training.js';
import { entityForms, mainEvent } from './main-event.js';

export type Breakdown = Record<string, number>;

export const bump = (b: Breakdown, key: string): void => {
  b[key] = (b[key] ?? 0) + 1;
};

/** PLOVER: one key per record (the first that applies), plus actor counts of the right-type records. */
export function ploverBreakdown(
  records: readonly PloverRecord[],
  prepared: readonly PreparedRecord[],
  docs: readonly Doc[],
): Breakdown {
  const b: Breakdown = {};
  records.forEach((record, i) => {
    const doc = docs[i]!;
    const gold = GSR_CLASS[record.event];
    const hasGoldCandidate = prepared[i]!.labels.some((l) => l === gold);
    const label = (e: Event): string => ploverGsrLabel(e.type, e.cameo);
    const main = mainEvent(doc.events);
    if (main && label(main) === record.event) {
      bump(b, 'right type');
      const forms = (id: string | undefined): string[][] => {
        const f = entityForms(doc, id);
        return f.length > 0 ? [f] : [];
      };
      const src = actorScores(countActors(record.sources, forms(main.source)));
      const tgt = actorScores(countActors(record.targets, forms(main.target)));
      bump(b, `  right type, source ${src.f1 === 1 ? 'right' : 'wrong/missing'}`);
      bump(
        b,
        `  right type, target ${tgt.f1 === 1 ? 'right' : record.targets.length ? 'wrong/missing' : 'none in gold'}`,
      );
      return;
    }
    if (!hasGoldCandidate)
      bump(b, main ? 'wrong: no gold-cue candidate, other event coded' : 'none: no gold-cue candidate');
    else if (!main) bump(b, 'none: gold-cue candidate decided none');
    else if (doc.events.some((e) => label(e) === record.event))
      bump(b, 'wrong main: gold type coded, not first');
    else bump(b, 'wrong type: gold-cue candidate present');
  });
  return b;
}

/** Multi-CoPED: one key per record by gold class against the main event's class. */
export function pentaBreakdown(records: readonly PentaRecord[], docs: readonly Doc[]): Breakdown {
  const b: Breakdown = {};
  const classOf = (e: Event | undefined): number =>
    e ? (pentaClass(e.type, e.cameo) ?? PENTA_NO_EVENT) : PENTA_NO_EVENT;
  records.forEach((record, i) => {
    const doc = docs[i]!;
    const predicted = classOf(mainEvent(doc.events));
    if (predicted === record.label)
      return bump(b, record.label === 0 ? 'right: statement' : 'right: event class');
    if (record.label === 0) return bump(b, 'statement coded as an event');
    if (doc.events.length === 0) return bump(b, 'event class, nothing coded');
    if (doc.events.some((e) => classOf(e) === record.label))
      return bump(b, 'wrong main: gold class coded, not first');
    bump(b, predicted === 0 ? 'event class, only statement-class events' : 'event class, other class coded');
  });
  return b;
}

export function formatBreakdown(title: string, b: Breakdown): string {
  const rows = Object.entries(b).sort(
    (x, y) => (x[0].startsWith(' ') ? 1 : 0) - (y[0].startsWith(' ') ? 1 : 0) || y[1] - x[1],
  );
  return [title, ...rows.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)].join('\n');
}
