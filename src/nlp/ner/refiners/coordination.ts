import type { EntityLabel } from '../../../doc/types.js';
import type { NameCandidate, Refiner } from '../types.js';

/** Text between two conjoined names: "Donbas and Crimea", "Kyiv, Kharkiv or Odesa". */
const CONJOINED = /^(?:,? (?:and|or) |, )$/;
/**
 * Which labels a weakly typed name may take from a conjoined neighbour. A rule name no cue could type
 * (MISC) takes any of these but PERSON (lists of people mix with everything); a place the model found but
 * no table could place (LOC by default) takes a neighbour's place label ("Kharkiv and Izium").
 */
function shareable(to: NameCandidate): ReadonlySet<EntityLabel> | undefined {
  if (to.modelType === undefined) return to.label === 'MISC' ? RULE_SHAREABLE : undefined;
  return to.modelType === 'LOC' && to.rule === 'ner:model' ? PLACE_LABELS : undefined;
}
const RULE_SHAREABLE: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'ORG', 'NORP']);
const PLACE_LABELS: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Conjoined names are usually of one kind: a weakly typed name (see `shareable`) takes the label of a typed
 * neighbour in "X and Y" / "X, Y". One pass forward and one backward so a chain of any length is covered.
 */
export const shareLabelsAcrossConjunctions: Refiner = (candidates, input) => {
  const out = candidates.map((c) => ({ ...c }));
  const share = (from: NameCandidate, to: NameCandidate): void => {
    if (!from.label || from.label === to.label || !shareable(to)?.has(from.label)) return;
    to.label = from.label;
    to.rule = `${to.rule.replace(/\/unknown$/, '')}/conjunction`;
  };
  for (let i = 1; i < out.length; i++) {
    const left = out[i - 1]!;
    const right = out[i]!;
    if (left.sentence !== right.sentence || !CONJOINED.test(input.text.slice(left.end, right.start)))
      continue;
    share(left, right);
  }
  for (let i = out.length - 1; i > 0; i--) {
    const left = out[i - 1]!;
    const right = out[i]!;
    if (left.sentence !== right.sentence || !CONJOINED.test(input.text.slice(left.end, right.start)))
      continue;
    share(right, left);
  }
  return out;
};
