import type { EntityLabel } from '../../../doc/types.js';
import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { isAcronym, isNameWord } from '../words.js';
import { CAPITALISED_TITLES, titleAt, titleInfo } from './strip-titles.js';

/**
 * People the tagger typed as something else, or whose name it ran into the words before it:
 * - a run with an office or honorific in it ("Texas Senator Ted Cruz", "Homeland Security Secretary Jeh
 *   Johnson", "Ohio Gov. John Kasich", all typed ORG by the tagger) is the person named after the title,
 *   typed PERSON and carrying the title; a place before the title stays a place of its own ("Texas"), any
 *   other words before it are dropped (alone, "Homeland Security" is a fragment);
 * - a run the knowledge base knows only as a person ("Donald J. Trump", "Barack Obama" typed ORG) is PERSON.
 * Runs the lexicon lists whole ("General Motors") and runs ending in an organisation or place word
 * ("Prince Edward Island", "President Obama Administration") are left as they are.
 */
export const correctPersonTypes: Refiner = (candidates, input) =>
  candidates.flatMap((c) => {
    if (c.modelType === undefined || c.strong || isListedWhole(c, input)) return [c];
    const titled = titledRun(c, input);
    if (titled) return titled;
    if (c.label !== 'PERSON' && input.knownPerson(withoutTitle(c.text))) {
      return [{ ...c, label: 'PERSON' as EntityLabel, rule: `${c.rule}/kb-person` }];
    }
    return [c];
  });

function isListedWhole(c: NameCandidate, input: RecognizerInput): boolean {
  const { lexicon, tokens } = input;
  return lexicon.knownNames.has(c.text) || lexicon.cues.last.labels.has(tokens[c.tokenEnd - 1]!.text);
}

const withoutTitle = (text: string): string => text.replace(/^the /i, '');

/** The person after a title inside the run, and the place before the title; undefined when none fits. */
function titledRun(c: NameCandidate, input: RecognizerInput): NameCandidate[] | undefined {
  const { tokens, lexicon } = input;
  for (let at = c.tokenStart; at < c.tokenEnd - 1; at++) {
    const t = titleAt(tokens, at, c.tokenEnd, lexicon, CAPITALISED_TITLES);
    if (!t) continue;
    const nameStart = at + t.length;
    if (!isPersonName(nameStart, c.tokenEnd, at === c.tokenStart, input)) return undefined;
    const prefix = at > c.tokenStart ? placeBefore(c, at, input) : undefined;
    const person: NameCandidate = {
      ...c,
      ...spanOfTokens(input, nameStart, c.tokenEnd),
      tokenStart: nameStart,
      tokenEnd: c.tokenEnd,
      label: 'PERSON',
      rule: `${c.rule}/title`,
      title: titleInfo(input, at, nameStart, t.entry, undefined),
    };
    return prefix ? [prefix, person] : [person];
  }
  return undefined;
}

/**
 * Tokens [first, end) name a person: one to three name words, none an acronym, no further title; two or
 * more need a known first name, an initial or the knowledge base behind them ("Jeh Johnson"); a single word
 * only right after a title that opens the run ("President Obama").
 */
function isPersonName(first: number, end: number, titleOpensRun: boolean, input: RecognizerInput): boolean {
  const { tokens, lexicon } = input;
  const words = tokens.slice(first, end).map((t) => t.text);
  if (words.length < 1 || words.length > 3) return false;
  if (!words.every((w) => isNameWord(w) && !isAcronym(w))) return false;
  if (titleAt(tokens, first, end, lexicon, CAPITALISED_TITLES)) return false;
  if (words.length === 1) return titleOpensRun && !lexicon.knownNames.has(words[0]!);
  const text = spanOfTokens(input, first, end).text;
  return lexicon.firstNames.has(words[0]!) || /^\p{Lu}\.$/u.test(words[1]!) || input.knownPerson(text);
}

/**
 * "Texas" of "Texas Senator Ted Cruz" as a place of its own, "Supreme Court" of "Supreme Court Justice …" as
 * the body the lexicon names; undefined for other words before a title ("Homeland Security").
 */
export function placeBefore(
  c: NameCandidate,
  at: number,
  input: RecognizerInput,
  tag = 'before-title',
): NameCandidate | undefined {
  const span = spanOfTokens(input, c.tokenStart, at);
  const { lexicon, tokens } = input;
  const label: EntityLabel | undefined = lexicon.demonyms.has(span.text)
    ? 'NORP'
    : lexicon.countries.has(span.text) || input.gazetteer?.has(span.text)
      ? 'GPE'
      : (lexicon.knownNames.get(span.text)?.label ?? lexicon.cues.last.labels.get(tokens[at - 1]!.text));
  if (!label) return undefined;
  return { ...c, ...span, tokenStart: c.tokenStart, tokenEnd: at, label, rule: `${c.rule}/${tag}` };
}
