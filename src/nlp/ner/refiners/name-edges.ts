import type { EntityLabel } from '../../../doc/types.js';
import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { isDemonym } from '../typers/lexicon.js';
import { isNameWord, NAME_CONNECTORS } from '../words.js';

/**
 * Repairs the edges of the trained tagger's names: words that never begin or end a name come off
 * (`data/nlp/edge-words.tsv`: "Hillary Clinton Says" → "Hillary Clinton"; a lowercase word such as
 * "reported" in "Hill reported"); what is left must hold two letters or digits or more ("I.”" is no name) and must
 * not be a pronoun ("He"). A PERSON, ORG, LOC or MISC that is a people's demonym, singular or plural ("Muslims",
 * "Latino"), or ends in one in the plural ("Sunni Muslims", "Kosovo Serbs": no one's name ends so), is NORP.
 */
/** Word classes a lowercase word inside a name may have ("Tory party", "Democratic caucus"). */
const KEPT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Types the tagger gives a people by mistake ("Kosovo Serbs" ORG, "Orthodox Jews" PERSON); a GPE stays. */
const PEOPLE_MISREADS: ReadonlySet<EntityLabel> = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);

export const repairNameEdges: Refiner = (candidates, input) =>
  candidates.flatMap((c) => {
    if (c.modelType === undefined || c.strong) return [c];
    const trimmed = trim(c, input);
    if (!trimmed) return [];
    const people =
      trimmed.label !== undefined &&
      PEOPLE_MISREADS.has(trimmed.label) &&
      namesAPeople(trimmed.text, input.lexicon.demonyms);
    if (people && !(trimmed.label === 'ORG' && beforeOrgField(trimmed, input)))
      return [{ ...trimmed, label: 'NORP' as const, rule: `${trimmed.rule}/demonym` }];
    return [trimmed];
  });

/** "Young Americans" of "Young Americans for Freedom": a group named for its cause stays an organisation. */
function beforeOrgField(c: NameCandidate, input: RecognizerInput): boolean {
  const [link, next] = [input.tokens[c.tokenEnd], input.tokens[c.tokenEnd + 1]];
  return link?.text === 'for' && next !== undefined && /^\p{Lu}/u.test(next.text);
}

function trim(c: NameCandidate, input: RecognizerInput): NameCandidate | undefined {
  const { tokens, lexicon } = input;
  const offEdge = (k: number): boolean => {
    const token = tokens[k]!;
    if (lexicon.edgeWords.has(token.text)) return true;
    // "reported" (a verb) comes off; "party" of "Tory party", "de" of "Bill de Blasio", "al-Assad", "eBay"
    // and "themed" of "Christmas-themed" (one word with its neighbour) stay
    const joined = tokens[k - 1]?.end === token.start || tokens[k + 1]?.start === token.end;
    const lowercase = /^\p{Ll}[^\p{Lu}]*$/u.test(token.text) && !isNameWord(token.text);
    return lowercase && !joined && !NAME_CONNECTORS.has(token.text) && !KEPT_TAGS.has(token.pos);
  };
  let first = c.tokenStart;
  let end = c.tokenEnd;
  while (first < end && offEdge(first)) first++;
  while (end > first && offEdge(end - 1)) end--;
  if (first === end) return undefined;
  const span = first === c.tokenStart && end === c.tokenEnd ? c : spanOfTokens(input, first, end);
  if ((span.text.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return undefined;
  if (lexicon.pronouns.has(span.text.toLowerCase())) return undefined;
  return span === c ? c : { ...c, ...span, tokenStart: first, tokenEnd: end };
}

/** "Muslims", "Latino", "Sunni Muslims": a demonym, or a run ending in a demonym's plural. */
function namesAPeople(text: string, demonyms: ReadonlyMap<string, string>): boolean {
  if (isDemonym(text, demonyms)) return true;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return last !== text && last.endsWith('s') && demonyms.has(last.slice(0, -1));
}
