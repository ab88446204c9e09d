import { stateAbbreviations } from '../../../geo/sources/aliases.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { isAcronym } from '../words.js';

/**
 * A single word the trained tagger called LOC that nothing places: no gazetteer entry, no listed name, no place
 * word or context typer answered, so it kept the fallback label. When that word is also an English word (wink's
 * lexicon knows its lowercase form) it is no place the gazetteer lacks but a capitalised common word: of a book
 * or film title ("Choose to Fail or Succeed", "Lord of the Rings"), a headline ("Climate"), half of a split name
 * ("bin Laden"), a company ("Twitter"). Those are dropped. Kept: rare names wink does not know ("Grozny",
 * "Heidrun": places the gazetteer spells otherwise), acronyms and datelines in capitals ("NZ", "FRANKFURT"),
 * a people's name ("Czech" of a split "Czech Republic"), AP state abbreviations ("Wash.", `data/geo/us-state-abbreviations.tsv`), a country's other names ("America"),
 * and runs of two words or more ("Foggy Bottom"; the tables decide for organisations among them,
 * `retypeByOrgHeads`).
 */
export const dropUnplacedWords: Refiner = (candidates, input) =>
  candidates.filter((c) => !isUnplacedWord(c, input));

function isUnplacedWord(c: NameCandidate, input: RecognizerInput): boolean {
  // `ner:model` with no typer cue after it: the LOC fallback of mapModelLabels
  if (c.label !== 'LOC' || c.rule !== 'ner:model' || /\s/u.test(c.text)) return false;
  const { lexicon } = input;
  if (lexicon.knownNames.has(c.text) || lexicon.countryForms.has(c.text) || lexicon.demonyms.has(c.text))
    return false;
  if (isAcronym(c.text)) return false;
  if (!input.englishWord(c.text.toLowerCase())) return false;
  return !input.gazetteer?.has(c.text) && !stateAbbreviation(c.text);
}

let abbreviations: ReadonlySet<string> | undefined;

function stateAbbreviation(text: string): boolean {
  abbreviations ??= new Set(stateAbbreviations().map((r) => r.abbreviation));
  return abbreviations.has(text);
}
