import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';

/** Indefinite articles: "a Miss Universe" counts titles; "the late Mr Jones" may still be a person. */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);
const OPENING_QUOTES = /^["“‘']$/u;
const CLOSING_QUOTES = /^["”’']$/u;

/**
 * One word after an honorific that names no person: a title won in a pageant, used as a noun ("a former Miss
 * Universe"), or a nickname in quotation marks ("called her “Miss Piggy”"). A person
 * written with an honorific is neither counted with an indefinite article nor quoted as a whole, so such a
 * candidate is dropped. Kept: "Miss Smith said", "the late Mr Jones", any run of two name words or more.
 */
export const dropHonorificNouns: Refiner = (candidates, input) =>
  candidates.filter((c) => !isHonorificNoun(c, input));

function isHonorificNoun(c: NameCandidate, input: RecognizerInput): boolean {
  const { tokens } = input;
  if (c.label !== 'PERSON' || !c.title || c.title.role || c.tokenEnd - c.tokenStart !== 1) return false;
  const titleStart = tokens.findIndex((t) => t.start === c.title!.start);
  if (titleStart < 0 || titleStart !== c.tokenStart - 1) return false;
  const before = tokens[titleStart - 1];
  const after = tokens[c.tokenEnd];
  if (before && after && OPENING_QUOTES.test(before.text) && CLOSING_QUOTES.test(after.text)) return true;
  // "a former Miss Universe": an article, at most one lowercase word between it and the honorific
  for (let k = titleStart - 1; k >= Math.max(0, titleStart - 2); k--) {
    const word = tokens[k]!.text;
    if (DETERMINERS.has(word)) return true;
    if (!/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
