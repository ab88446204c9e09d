import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';

/** Words before a name that make it the place where something happens ("a speech in Port St. Lucie"). */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'across', 'outside']);
/** A populated place this large is read as the town; smaller namesakes ("Congress, Arizona") are not. */
const MIN_POPULATION = 50_000;

/**
 * Places the trained tagger typed ORG where the sentence reads them as places: a state, country or city the
 * gazetteer knows (a region, or a town of 50,000 people or more) with no organisation word in it, after "in"/
 * "near" ("the debate stage in Cleveland"), before ", <place>" ("in Port St. Lucie, Florida"), or in a list with
 * a place ("two states, Illinois and Arizona"), is a GPE, and so is every other ORG of the same name in the
 * article ("a densely packed Chelsea neighborhood" beside "a press conference in Chelsea"). Must not: an organisation head or a listed name
 * ("Texas Instruments", "in Congress": Congress is no large town), a club named after its town used otherwise.
 */
export const retypePlacesTypedOrg: Refiner = (candidates, input) => {
  const read = new Set<string>();
  candidates.forEach((c, i) => {
    if (!mayBePlace(c, input)) return;
    const { locative, placeAfter, listed } = placeContext(candidates, i, input);
    // a town the gazetteer lacks ("Port St. Lucie") needs both "in" and the state after it
    if (knownPlace(c.text, input) ? locative || placeAfter || listed : locative && placeAfter)
      read.add(c.text);
  });
  // one sense per article: "Chelsea explosion" in the headline is the "Chelsea" the body puts things "in"
  return candidates.map((c) =>
    read.has(c.text) && mayBePlace(c, input)
      ? { ...c, label: 'GPE' as const, rule: `${c.rule}/place-context` }
      : c,
  );
};

function mayBePlace(c: NameCandidate, input: RecognizerInput): boolean {
  const { lexicon, tokens } = input;
  if (c.modelType !== 'ORG' || c.label !== 'ORG' || c.rule !== 'ner:model' || c.strong) return false;
  const last = tokens[c.tokenEnd - 1]!.text;
  return (
    !lexicon.orgHeads.has(last) && !lexicon.cues.last.labels.has(last) && !lexicon.knownNames.has(c.text)
  );
}

/** A region the gazetteer knows, or a town of it with at least MIN_POPULATION people. */
function knownPlace(name: string, input: RecognizerInput): boolean {
  if (!input.gazetteer?.has(name)) return false;
  return input.gazetteer.lookup(name).some((e) => {
    const featureClass = e.featureClass.split('.')[0];
    return featureClass === 'A' || (featureClass === 'P' && e.population >= MIN_POPULATION);
  });
}

function placeContext(candidates: readonly NameCandidate[], i: number, input: RecognizerInput) {
  const c = candidates[i]!;
  const before = input.tokens[c.tokenStart - 1];
  const isPlace = (n: NameCandidate | undefined): n is NameCandidate =>
    n?.label === 'GPE' && n.sentence === c.sentence;
  const between = (a: NameCandidate, b: NameCandidate): string => input.text.slice(a.end, b.start);
  const next = candidates[i + 1];
  const previous = candidates[i - 1];
  return {
    locative: before !== undefined && before.sentence === c.sentence && LOCATIVES.has(before.text),
    placeAfter: isPlace(next) && between(c, next) === ', ',
    listed:
      (isPlace(next) && /^(?:, | and | or )$/.test(between(c, next))) ||
      (isPlace(previous) && /^(?:, | and | or )$/.test(between(previous, c))),
  };
}
