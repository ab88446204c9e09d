import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';

/** A populated place this large is read as the town (as in places-typed-org.ts). */
const MIN_POPULATION = 50_000;

/**
 * Places whose own name starts with "The" ("The Hague", "The Bronx") written after a lower-case "the" in
 * running text ("the Hague tribunal"): the tagger sees only "Hague", a word it never met in training, and may
 * call it MISC like a people's adjective. When the gazetteer knows "The <name>" as a region or a town of
 * 50,000 people or more, the MISC is that place (GPE). Must not: a MISC whose "The" form is no such place
 * ("the Hague Convention", "the Oscars"), a people's word the gazetteer finds under another name ("the
 * Chechen rebels": "The Chechen" looks up the Chechen Republic), a MISC without a lower-case "the" before it.
 */
export const retypeThePlaces: Refiner = (candidates, input) =>
  candidates.map((c) =>
    c.modelType === 'MISC' &&
    c.label === 'MISC' &&
    !c.strong &&
    afterLowerThe(c, input) &&
    knownThePlace(c, input)
      ? { ...c, label: 'GPE' as const, rule: `${c.rule}/the-place` }
      : c,
  );

function afterLowerThe(c: NameCandidate, input: RecognizerInput): boolean {
  const before = input.tokens[c.tokenStart - 1];
  return before !== undefined && before.sentence === c.sentence && before.text === 'the';
}

function knownThePlace(c: NameCandidate, input: RecognizerInput): boolean {
  const name = `The ${c.text}`;
  if (!input.gazetteer?.has(name)) return false;
  // the lookup folds a leading "the" away ("The Chechen" finds the Chechen Republic): the entry itself must
  // be named "The …"
  return input.gazetteer.lookup(name).some((e) => {
    if (e.name.toLowerCase() !== name.toLowerCase()) return false;
    const featureClass = e.featureClass.split('.')[0];
    return featureClass === 'A' || (featureClass === 'P' && e.population >= MIN_POPULATION);
  });
}
