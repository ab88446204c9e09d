import { stateAbbreviations } from '../../../geo/sources/aliases.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';

/**
 * A single word the trained tagger called LOC that nothing places: no gazetteer entry, no listed name, no place
 * word or context typer answered, so it kept the fallback label. On news text such words are mostly not places
 * at all: capitalised words of a book or film title ("Choose to Fail or Succeed", "Lord of the Rings"), halves
 * of a name the tagger split ("Osama" … "Laden"), unions and companies ("Teamsters", "Twitter"). Read on PolNeAR
 * train, none of them was a place but the AP state abbreviations ("N.Y.", "Wash.",
 * `data/geo/us-state-abbreviations.tsv`) and a country's other names ("America"), which stay; the others are dropped. A run of two words or more
 * ("Foggy Bottom", "Ground Zero") is kept, and the tables decide for the organisations among them
 * (`retypeByOrgHeads`).
 */
export const dropUnplacedWords: Refiner = (candidates, input) =>
  candidates.filter((c) => !isUnplacedWord(c, input));

function isUnplacedWord(c: NameCandidate, input: RecognizerInput): boolean {
  // `ner:model` with no typer cue after it: the LOC fallback of mapModelLabels
  if (c.label !== 'LOC' || c.rule !== 'ner:model' || /\s/u.test(c.text)) return false;
  const { lexicon } = input;
  if (lexicon.knownNames.has(c.text) || lexicon.countryForms.has(c.text)) return false;
  return !input.gazetteer?.has(c.text) && !stateAbbreviation(c.text);
}

let abbreviations: ReadonlySet<string> | undefined;

function stateAbbreviation(text: string): boolean {
  abbreviations ??= new Set(stateAbbreviations().map((r) => r.abbreviation));
  return abbreviations.has(text);
}
