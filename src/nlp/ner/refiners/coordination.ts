import type { EntityLabel } from '../../../doc/types.js';
import type { NameCandidate, Refiner } from '../types.js';

/** Text between two conjoined names: "Donbas and Crimea", "Kyiv, Kharkiv or Odesa". */
const CONJOINED = /^(?:,? (?:and|or) |, )$/;
/** Labels worth sharing with an untyped neighbour; PERSON is not (lists of people mix with everything). */
const SHAREABLE: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'ORG', 'NORP']);

/**
 * Conjoined names are usually of one kind: a name no cue could type (MISC) takes the label of a typed
 * neighbour in "X and Y" / "X, Y". One pass forward and one backward so a chain of any length is covered.
 */
export const shareLabelsAcrossConjunctions: Refiner = (candidates, input) => {
  const out = candidates.map((c) => ({ ...c }));
  const share = (from: NameCandidate, to: NameCandidate): void => {
    if (to.label !== 'MISC' || !from.label || !SHAREABLE.has(from.label)) return;
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
