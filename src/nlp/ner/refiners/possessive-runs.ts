import type { EntityLabel } from '../../../doc/types.js';
import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { isNameWord } from '../words.js';

const POSSESSIVE = /^['’]s?$/;

/**
 * Tokens after the mark name a person: two or three name words, the first a known first name or the whole
 * a person the knowledge base knows; or two plain name words after an owner that is surely no person (a
 * listed name or country, or a name ending in an organisation head: "Fox News' Megyn Kelly").
 */
function isPersonAfter(c: NameCandidate, at: number, input: RecognizerInput): boolean {
  const { tokens, lexicon } = input;
  const words = tokens.slice(at + 1, c.tokenEnd).map((t) => t.text);
  if (words.length > 3 || !words.every(isNameWord)) return false;
  if (lexicon.firstNames.has(words[0]!) || input.knownPerson(words.join(' '))) return true;
  const owner = spanOfTokens(input, c.tokenStart, at).text;
  const ownerIsNoPerson =
    lexicon.knownNames.has(owner) ||
    lexicon.countries.has(owner) ||
    lexicon.orgHeads.has(tokens[at - 1]!.text);
  const plain = (w: string): boolean =>
    !lexicon.orgHeads.has(w) && !lexicon.cues.last.labels.has(w) && !lexicon.titles.has(w);
  return ownerIsNoPerson && words.length === 2 && words.every(plain);
}
const PERSON: EntityLabel = 'PERSON';

/**
 * A name the tagger ran across a possessive ("Fox News' Megyn Kelly", "Britain's Theresa May" as one ORG or
 * GPE) is two names: the owner before the mark keeps the run's type, the person after it (two or three name
 * words, the first a known first name) is PERSON. Names with a possessive inside that are one name
 * ("McDonald's Corp", "Moody's Investors Service") have no first name after the mark and stay whole.
 */
export const splitPossessiveRuns: Refiner = (candidates, input) =>
  candidates.flatMap((c) => {
    if (c.modelType === undefined || c.strong) return [c];
    const { tokens } = input;
    for (let at = c.tokenStart + 1; at < c.tokenEnd - 2; at++) {
      if (!POSSESSIVE.test(tokens[at]!.text)) continue;
      if (!isPersonAfter(c, at, input)) return [c];
      const owner: NameCandidate = {
        ...c,
        ...spanOfTokens(input, c.tokenStart, at),
        tokenEnd: at,
        label: c.label === PERSON ? undefined : c.label,
        rule: `${c.rule}/possessive-owner`,
      };
      const person: NameCandidate = {
        ...c,
        ...spanOfTokens(input, at + 1, c.tokenEnd),
        tokenStart: at + 1,
        label: PERSON,
        rule: `${c.rule}/possessive-person`,
      };
      return owner.label ? [owner, person] : [person];
    }
    return [c];
  });
