import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, Refiner } from '../types.js';
import { placeBefore } from './person-types.js';

/**
 * A party or people word the tagger ran onto the end of a place, the whole used before a noun: "the Kent County
 * Republican chairwoman", "the New York Democratic primary" typed ORG are the place ("Kent County" GPE, typed
 * as `placeBefore` types the words before a title) and the NORP "Republican". Only words of the demonym table
 * (`data/nlp/demonyms.tsv`) come off, and only before a common noun or adjective. Must not: a people of two words ("Sri
 * Lankan", "Bosnian Serb": the words before are a people too), a word joined by a hyphen ("a Franco-German idea"), a party's own name ("Liberal Democrat spokeswoman"), a person ("John Welsh said"), a name with its
 * head ("Texas Republican Party"), a place the tables cannot type (the run is left whole).
 */
/** The word after the run: a common noun or the adjective of one ("primary voters"). */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

export const splitNameSuffixes: Refiner = (candidates, input) =>
  candidates.flatMap((c) => {
    const { tokens, lexicon } = input;
    const last = c.tokenEnd - 1;
    if (c.modelType === undefined || c.label === 'PERSON' || c.label === 'NORP' || last <= c.tokenStart)
      return [c];
    // "Franco-German" is one word: only a word after a blank comes off
    if (tokens[last]!.start !== tokens[last - 1]!.end + 1) return [c];
    const next = tokens[c.tokenEnd];
    if (!lexicon.demonyms.has(tokens[last]!.text) || !next || !BEFORE_NOUN.has(next.pos)) return [c];
    const head = spanOfTokens(input, c.tokenStart, last).text;
    if (lexicon.demonyms.has(head) || lexicon.demonyms.has(c.text)) return [c];
    // "Liberal Democrat spokeswoman": a one-word head that is an English word is the party's own name
    if (!head.includes(' ') && input.englishWord(head.toLowerCase())) return [c];
    const place = placeBefore(c, last, input, 'name-suffix');
    if (!place || place.label === 'NORP') return [c];
    delete place.title;
    const norp: NameCandidate = {
      ...c,
      ...spanOfTokens(input, last, c.tokenEnd),
      tokenStart: last,
      label: 'NORP',
      rule: `${c.rule}/name-suffix`,
    };
    delete norp.title;
    return [place, norp];
  });
