import { spanOfTokens } from '../token-index.js';
import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { isNameWord } from '../words.js';

/** Words that join an organisation's head to its field: "Institute for …", "Commission on …". */
const LINKS: ReadonlySet<string> = new Set(['for', 'on']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'the']);
/** Lowercase words allowed between the capitalised words of the field ("Trade and Industry"). */
const INNER: ReadonlySet<string> = new Set(['and', 'of', 'the', '&']);
/** Capitalised words that end a field instead of continuing it ("the Commission on Monday"). */
const NOT_FIELD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * An organisation named by its head and its field, which the tagger cuts at "for" or "on": "Potsdam Institute"
 * + "Climate Impact Research", "Commission" + "Presidential Debates", "Responsible Federal Budget" of "the
 * Committee for a Responsible Federal Budget". When a capitalised run ending in an organisation head
 * (`data/nlp/org-heads.tsv`) is followed by "for"/"on", an optional article and a capitalised run, and a
 * candidate covers one of the two, the whole is one ORG and the candidates inside it go. Must not: a weekday or
 * month after "on" ("the Commission on Monday"), a person or a one-word place as the topic ("the Justice
 * Department on Trump", "the Fund for Syria"), a run followed by a possessive ("on Trump's taxes").
 */
export const joinOrgComplements: Refiner = (candidates, input) => {
  const joins = findJoins(candidates, input);
  if (joins.length === 0) return candidates;
  const inside = (c: NameCandidate): boolean =>
    joins.some((j) => c.tokenStart >= j.tokenStart && c.tokenEnd <= j.tokenEnd);
  return [...candidates.filter((c) => !inside(c)), ...joins].sort((a, b) => a.start - b.start);
};

function findJoins(candidates: readonly NameCandidate[], input: RecognizerInput): NameCandidate[] {
  const { tokens } = input;
  const joins: NameCandidate[] = [];
  for (let link = 1; link < tokens.length - 1; link++) {
    if (!LINKS.has(tokens[link]!.text)) continue;
    const head = tokens[link - 1]!;
    if (!input.lexicon.orgHeads.has(head.text)) continue;
    const fieldStart = ARTICLES.has(tokens[link + 1]!.text) ? link + 2 : link + 1;
    const fieldEnd = capitalisedRunEnd(input, fieldStart, head.sentence);
    if (fieldEnd === fieldStart || !isField(candidates, input, fieldStart, fieldEnd)) continue;
    const start = capitalisedRunStart(input, link - 1, head.sentence);
    const touched = candidates.filter((c) => c.tokenStart < fieldEnd && c.tokenEnd > start);
    // one of the two halves must be a name already; nothing may stick out of the join
    if (touched.length === 0 || touched.some((c) => c.tokenStart < start || c.tokenEnd > fieldEnd)) continue;
    const from = touched[0]!;
    joins.push({
      ...from,
      ...spanOfTokens(input, start, fieldEnd),
      tokenStart: start,
      tokenEnd: fieldEnd,
      label: 'ORG',
      rule: `${from.rule}/org-complement`,
    });
    link = fieldEnd;
  }
  return joins;
}

/** The run [start, end) reads as a field, not as a person or a place the organisation acts on. */
function isField(
  candidates: readonly NameCandidate[],
  input: RecognizerInput,
  start: number,
  end: number,
): boolean {
  const { tokens, lexicon } = input;
  if (/^['’]s$/u.test(tokens[end]?.text ?? '') || lexicon.firstNames.has(tokens[start]!.text)) return false;
  const whole = candidates.find((c) => c.tokenStart === start && c.tokenEnd === end);
  if (!whole) return true;
  return !(end - start === 1 && (whole.label === 'PERSON' || whole.label === 'GPE'));
}

/** End of the capitalised run from token `at` (name words, "and"/"of" between them), within the sentence. */
function capitalisedRunEnd(input: RecognizerInput, at: number, sentence: number): number {
  const { tokens } = input;
  let end = at;
  for (let k = at; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const word = tokens[k]!.text;
    if (isNameWord(word) && !NOT_FIELD.test(word)) end = k + 1;
    else if (!INNER.has(word) || end !== k) break;
  }
  return end;
}

/** Start of the capitalised run ending at token `last` ("Potsdam Institute"), within the sentence. */
function capitalisedRunStart(input: RecognizerInput, last: number, sentence: number): number {
  const { tokens } = input;
  let start = last;
  while (start > 0) {
    const before = tokens[start - 1]!;
    if (before.sentence !== sentence || !isNameWord(before.text) || before.text === 'The') break;
    start--;
  }
  return start;
}
