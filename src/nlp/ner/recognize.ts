import type { Context } from '../../context.js';
import type { Sentence, Token } from '../../doc/types.js';
import { loadLexicon } from '../lexicon/index.js';
import { capitalisedInside } from './evidence.js';
import { findCapitalisedRuns } from './finders/capitalised.js';
import { findDesignations } from './finders/designation.js';
import { lazyGazetteer } from './gazetteer.js';
import { shareLabelsAcrossConjunctions } from './refiners/coordination.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { requireEvidence, titleCaseSentences } from './refiners/require-evidence.js';
import { stripTitles } from './refiners/strip-titles.js';
import { typeCandidates } from './typers/index.js';
import type { Finder, NameCandidate, RecognizerInput, Refiner } from './types.js';

const FINDERS: readonly Finder[] = [findCapitalisedRuns, findDesignations];

/** Order matters: each refiner expects what the ones before it did. */
const REFINERS: readonly Refiner[] = [
  requireEvidence, // before titles: "President Trump" at a sentence start is two words, so it stays
  stripTitles, // before overlaps, so "Vladimir Putin" (not "Russian President Vladimir Putin") competes
  dropOverlaps, // a designation "9M730 Burevestnik" beats the run "M730 Burevestnik"
  typeCandidates, // lexicon, cue words, context, gazetteer, shape
  shareLabelsAcrossConjunctions, // needs every neighbour typed
];

/**
 * The baseline named-entity recognizer: rules and lexicons. It is the one function a trained model will
 * replace, so it takes only the tokens, sentences and text and returns typed, non-overlapping candidates
 * in text order, each with its provenance rule.
 */
export function recognizeNames(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  text: string,
  ctx: Context,
): NameCandidate[] {
  const titleCase = titleCaseSentences({ tokens, sentences });
  const input: RecognizerInput = {
    text,
    tokens,
    sentences,
    lexicon: loadLexicon(ctx),
    gazetteer: lazyGazetteer(ctx),
    titleCase,
    capitalisedInside: capitalisedInside(tokens, titleCase),
  };
  let candidates: NameCandidate[] = FINDERS.flatMap((find) => find(input));
  for (const refine of REFINERS) candidates = refine(candidates, input);
  return candidates.filter((c) => c.label !== undefined);
}
