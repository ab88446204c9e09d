import { findCapitalisedRuns } from './finders/capitalised.js';
import { findDesignations } from './finders/designation.js';
import { findVehicleCodes } from './finders/vehicle-codes.js';
import { shareLabelsAcrossConjunctions } from './refiners/coordination.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { requireEvidence } from './refiners/require-evidence.js';
import { stripTitles } from './refiners/strip-titles.js';
import { typeCandidates } from './typers/index.js';
import type { Finder, NameCandidate, Refiner } from './types.js';

const FINDERS: readonly Finder[] = [findCapitalisedRuns, findDesignations, findVehicleCodes];

/** Order matters: each refiner expects what the ones before it did. */
const REFINERS: readonly Refiner[] = [
  requireEvidence, // before titles: "President Trump" at a sentence start is two words, so it stays
  stripTitles, // before overlaps, so "Vladimir Putin" (not "Russian President Vladimir Putin") competes
  dropOverlaps, // a designation "9M730 Burevestnik" beats the run "M730 Burevestnik"
  typeCandidates, // lexicon, cue words, context, gazetteer, shape
  shareLabelsAcrossConjunctions, // needs every neighbour typed
];

/**
 * The rule and lexicon recognizer (the baseline before the trained model), now one finder among others:
 * capitalised runs and designation codes, titles taken out, typed by lexicons, cue words and the
 * gazetteer. Its candidates compete with the model's in `arbitrate`.
 */
export const findByRules: Finder = (input) => {
  let candidates: NameCandidate[] = FINDERS.flatMap((find) => find(input));
  for (const refine of REFINERS) candidates = refine(candidates, input);
  return candidates.filter((c) => c.label !== undefined);
};
