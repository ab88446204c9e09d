/**
 * The main event of a sentence, for benchmarks whose gold data gives one event per sentence.
 *
 * Definition: among the Doc's events, the one whose cue starts first in the text; on a tie, the longer
 * cue. Negated and hypothetical events count like any other (the gold codes "will support" as AGREE and
 * "refused to" as REJECT). Why first: the engine gives no confidence, and in news sentences the first
 * event cue is nearly always the main clause's verb, while later cues sit in subordinate or reported
 * clauses ("… after crowds trashed its embassy").
 */
import type { Doc, Event } from '../../src/doc/types.js';

export function mainEvent(events: readonly Event[]): Event | undefined {
  let best: Event | undefined;
  for (const e of events) {
    if (!best || e.cue.start < best.cue.start || (e.cue.start === best.cue.start && e.cue.end > best.cue.end))
      best = e;
  }
  return best;
}

/** Surface forms of an entity (canonical name, then aliases); empty when the id is unknown. */
export function entityForms(doc: Doc, id: string | undefined): string[] {
  if (id === undefined) return [];
  const entity = doc.entities.find((e) => e.id === id);
  return entity ? [entity.name, ...entity.aliases] : [];
}
