/**
 * A date word inside a name is part of the name, not a time: "USA TODAY" (the paper), "Today" (the BBC
 * programme, when the tagger reads it as ORG), "Tuesday Morning Corp". Only names of organisations, people
 * and products count: an event's name may well be its date ("Christmas Day").
 */
import type { EntityLabel } from '../../doc/types.js';
import type { Refiner } from '../types.js';

const NAME_LABELS: ReadonlySet<EntityLabel> = new Set(['ORG', 'PERSON', 'PRODUCT']);

export const dropInsideNames: Refiner = {
  name: 'inside-names',
  refine(candidates, env) {
    const names = env.doc.mentions.filter((m) => NAME_LABELS.has(m.label) && m.end - m.start > 0);
    if (names.length === 0) return candidates;
    return candidates.filter(
      (c) => !names.some((m) => m.start <= c.start && c.end <= m.end && m.rule.startsWith('ner')),
    );
  },
};
