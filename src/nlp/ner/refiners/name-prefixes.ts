import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';

/**
 * A party or people word the tagger ran into the front of a person's full name ("Democrat Hillary Clinton",
 * "Republican Donald Trump", typed ORG): when the words after it are a full name (two words or more) that the
 * article writes elsewhere as a PERSON of its own, or that the knowledge base knows as a person, the run is a
 * NORP and that person. Only words of the demonym table (`data/nlp/demonyms.tsv`) come off: any other first word
 * may be the person's own given name ("Arantxa Sanchez Vicario" beside "Sanchez Vicario"). A run ending in an
 * organisation head ("… Foundation") is left whole.
 */
export const stripNamePrefixes: Refiner = (candidates, input) => {
  const people = new Set(candidates.filter((c) => c.label === 'PERSON').map((c) => c.text));
  return candidates.flatMap((c) => {
    const rest = personAfterFirstWord(c, input, people);
    if (!rest) return [c];
    const person: NameCandidate = {
      ...c,
      ...rest,
      tokenStart: c.tokenStart + 1,
      label: 'PERSON',
      rule: `${c.rule}/name-prefix`,
    };
    const norp: NameCandidate = {
      ...c,
      ...spanOfTokens(input, c.tokenStart, c.tokenStart + 1),
      tokenEnd: c.tokenStart + 1,
      label: 'NORP',
      rule: `${c.rule}/name-prefix`,
    };
    delete norp.title;
    return [norp, person];
  });
};

function personAfterFirstWord(
  c: NameCandidate,
  input: RecognizerInput,
  people: ReadonlySet<string>,
): { start: number; end: number; text: string } | undefined {
  const { tokens, lexicon } = input;
  if (c.modelType === undefined || c.strong || c.tokenEnd - c.tokenStart < 3) return undefined;
  const first = tokens[c.tokenStart]!;
  // the next word must follow after one space: "Hillary Clinton" of "Crooked Hillary Clinton"
  if (tokens[c.tokenStart + 1]!.start !== first.end + 1) return undefined;
  if (!lexicon.demonyms.has(first.text) || lexicon.orgHeads.has(tokens[c.tokenEnd - 1]!.text))
    return undefined;
  if (input.knownPerson(c.text) || lexicon.knownNames.has(c.text)) return undefined;
  const rest = spanOfTokens(input, c.tokenStart + 1, c.tokenEnd);
  return people.has(rest.text) || input.knownPerson(rest.text) ? rest : undefined;
}
