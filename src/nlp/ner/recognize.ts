import type { Context } from '../../context.js';
import type { Sentence, Span, Token } from '../../doc/types.js';
import { loadLexicon } from '../lexicon/index.js';
import { winkKnowsWord } from '../wink.js';
import { capitalisedInside } from './evidence.js';
import { findModelNames } from './finders/model.js';
import { lazyGazetteer } from './gazetteer.js';
import { knownPeople } from './known-people.js';
import { loadNerModel, type NerModel } from './model/index.js';
import { adoptRuleFacts } from './refiners/adopt-rule-facts.js';
import { arbitrate } from './refiners/arbitrate.js';
import { shareLabelsAcrossConjunctions } from './refiners/coordination.js';
import { dropNeverNames } from './refiners/drop-never-names.js';
import { dropStopwords } from './refiners/drop-stopwords.js';
import { mapModelLabels } from './refiners/map-model-labels.js';
import { retypeByOrgHeads } from './refiners/org-heads.js';
import { correctPersonTypes } from './refiners/person-types.js';
import { splitPossessiveRuns } from './refiners/possessive-runs.js';
import { repairNameEdges } from './refiners/name-edges.js';
import { joinParticleNames } from './refiners/particle-names.js';
import { dropHonorificNouns } from './refiners/honorific-nouns.js';
import { retypePlacesTypedOrg } from './refiners/places-typed-org.js';
import { retypeThePlaces } from './refiners/the-places.js';
import { joinOrgComplements } from './refiners/org-complements.js';
import { stripNamePrefixes } from './refiners/name-prefixes.js';
import { splitNameSuffixes } from './refiners/name-suffixes.js';
import { dropUnplacedWords } from './refiners/unplaced-words.js';
import { headlineEvidence, titleCaseSentences } from './refiners/require-evidence.js';
import { findByRules } from './rules.js';
import type { Finder, NameCandidate, RecognizerInput, Refiner } from './types.js';

/** The trained tagger's names, and the rule recognizer's (already typed by its own refiners). */
const FINDERS: readonly Finder[] = [findModelNames, findByRules];

/** Order matters: labels are mapped only on the model names that won. */
const REFINERS: readonly Refiner[] = [
  dropNeverNames, // "R-S", "C.)" of "(R-S.C.)": a legislator's party and state, never a name
  dropStopwords, // "GMT", "COVID-19": never a name alone, whatever the model says
  adoptRuleFacts, // on the model's own extent: "firm Maxar Technologies" → ORG; "predecessor Joe Biden" → title
  arbitrate, // one name per token: designations, titled people, listed names and places, the model, rule evidence
  headlineEvidence, // "Anthony Weiner Makes" in a headline → "Anthony Weiner", whoever proposed it
  mapModelLabels, // PER/ORG/LOC/MISC → PERSON, ORG, GPE/LOC/FAC, NORP/EVENT/WEAPON/PRODUCT/MISC
  repairNameEdges, // "Hillary Clinton Says" → "Hillary Clinton"; "I.”", "He" dropped; "Muslims" PERSON → NORP
  joinParticleNames, // "Osama" + "bin" + "Laden", each an unplaced LOC → PERSON "Osama bin Laden"
  splitPossessiveRuns, // "Fox News' Megyn Kelly" ORG → ORG "Fox News" + PERSON "Megyn Kelly"
  correctPersonTypes, // "Texas Senator Ted Cruz" ORG → "Texas" + PERSON "Ted Cruz"; "Barack Obama" ORG → PERSON
  retypeByOrgHeads, // "Drudge Report", "Christian News Service" PERSON → ORG
  joinOrgComplements, // "Potsdam Institute" + "for Climate Impact Research" → one ORG
  stripNamePrefixes, // "Democrat Hillary Clinton" ORG → NORP "Democrat" + PERSON "Hillary Clinton"
  splitNameSuffixes, // "the Kent County Republican chairwoman" ORG → GPE "Kent County" + NORP "Republican"
  retypePlacesTypedOrg, // "in Cleveland", "Illinois and Arizona" typed ORG → GPE
  retypeThePlaces, // "the Hague tribunal": "Hague" typed MISC, "The Hague" a city → GPE
  shareLabelsAcrossConjunctions, // "Kharkiv and Izium": an unplaced LOC takes its neighbour's GPE
  dropHonorificNouns, // "a former Miss Universe", "“Miss Piggy”": a title or nickname, no person
  dropUnplacedWords, // "Fail" of a book title, "Osama" of a split name: a one-word LOC nothing places
];

/** The averaged-perceptron tagger, loaded once per process. */
export function sharedNerModel(ctx: Context): NerModel {
  return ctx.cache.get('nlp.ner.model', () => loadNerModel());
}

/**
 * Named entities of one article: the trained tagger (CoNLL-2003 types) and the rule recognizer both
 * propose, an ordered refiner list decides where they disagree, and the model's types are mapped to the
 * engine's labels. Capitals in the `headline` (and in other title-case lines) are no evidence of a name.
 * Returns typed, non-overlapping candidates in text order, each with its provenance rule.
 */
export function recognizeNames(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  text: string,
  ctx: Context,
  headline?: Span,
): NameCandidate[] {
  const titleCase = titleCaseSentences({ tokens, sentences });
  // the headline is read with headline casing whatever its share of capitals or its closing full stop
  const headlineSentences = new Set(
    headline
      ? sentences.filter((s) => s.start >= headline.start && s.end <= headline.end).map((s) => s.index)
      : [],
  );
  for (const s of headlineSentences) titleCase.add(s);
  const input: RecognizerInput = {
    text,
    tokens,
    sentences,
    lexicon: loadLexicon(ctx),
    gazetteer: lazyGazetteer(ctx),
    titleCase,
    headline: headlineSentences,
    capitalisedInside: capitalisedInside(tokens, titleCase),
    model: sharedNerModel(ctx),
    knownPerson: knownPeople(ctx),
    englishWord: winkKnowsWord(ctx),
  };
  let candidates: NameCandidate[] = FINDERS.flatMap((find) => find(input));
  for (const refine of REFINERS) candidates = refine(candidates, input);
  return candidates.filter((c) => c.label !== undefined);
}
