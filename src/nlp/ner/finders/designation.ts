import type { Finder, NameCandidate, RecognizerInput } from '../types.js';
import { tokenRange } from '../token-index.js';
import { isNameWord } from '../words.js';

/**
 * Designation codes: letters and digits, hyphen-joined or not, with at least one capital and one digit
 * ("F-16", "S-400", "SSC-X-9", "9M730", "Su-57"). Unhyphenated codes must mix digits and capitals
 * inside ("9M730", "M1A2"), so "G7" or "3D" alone are not codes. Checked with an anchored regex on each
 * word that holds a digit (found by a cheap scan), not by a lookahead regex over the whole text.
 */
export const DESIGNATION_CODE =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+|\p{N}+\p{Lu}+\p{N}+\p{Lu}?|\p{Lu}+\p{N}+\p{Lu}+\p{N}*)$/u;
const HAS_UPPER = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** Words (letters, digits, inner hyphens) that contain a digit, with their offsets. */
function* wordsWithDigits(text: string): Generator<{ index: number; word: string }> {
  const digit = /\d/g;
  let m: RegExpExecArray | null;
  while ((m = digit.exec(text))) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    while (text[start] === '-') start++;
    while (end > start && text[end - 1] === '-') end--;
    digit.lastIndex = end;
    yield { index: start, word: text.slice(start, end) };
  }
}

/** How far a weapon noun may follow a code: "S-400 air defence systems". */
const NOUN_WINDOW = 4;

/**
 * A code is a WEAPON when a capitalised name follows it ("9M730 Burevestnik": the name joins the span),
 * a weapon noun follows within a few words, or it starts with a designation prefix ("F-", "S-", "MiG-").
 * Any other code ("COVID-19", "A320") is not proposed: it is not ours to type.
 */
export const findDesignations: Finder = (input) => {
  const out: NameCandidate[] = [];
  for (const m of wordsWithDigits(input.text)) {
    if (!HAS_UPPER.test(m.word) || !DESIGNATION_CODE.test(m.word)) continue;
    const range = tokenRange(input.tokens, m.index, m.index + m.word.length);
    if (!range) continue;
    const [first, codeEnd] = range;
    const nameEnd = followingName(input, codeEnd);
    if (nameEnd === codeEnd && !weaponNounFollows(input, codeEnd) && !hasWeaponPrefix(input, m.word))
      continue;
    const start = m.index;
    const end = nameEnd > codeEnd ? input.tokens[nameEnd - 1]!.end : m.index + m.word.length;
    out.push({
      start,
      end,
      text: input.text.slice(start, end),
      sentence: input.tokens[first]!.sentence,
      tokenStart: first,
      tokenEnd: nameEnd,
      label: 'WEAPON',
      rule: nameEnd > codeEnd ? 'ner:designation/named' : 'ner:designation/cue',
      strong: true,
    });
  }
  return out;
};

/** End of a one-word name right after the code ("Burevestnik"), or `at` when there is none. */
function followingName(input: RecognizerInput, at: number): number {
  const prev = input.tokens[at - 1];
  const next = input.tokens[at];
  if (!prev || !next || next.sentence !== prev.sentence || input.text.slice(prev.end, next.start) !== ' ')
    return at;
  const { lexicon } = input;
  const word = next.text;
  if (!isNameWord(word) || lexicon.stopwords.has(word) || lexicon.cues.last.labels.has(word)) return at;
  if (lexicon.countries.has(word) || lexicon.demonyms.has(word) || lexicon.knownNames.has(word)) return at;
  if (lexicon.titles.has(word)) return at;
  return at + 1;
}

/** A weapon noun within NOUN_WINDOW words from token `at`, in the same clause. */
export function weaponNounFollows(input: RecognizerInput, at: number): boolean {
  const sentence = input.tokens[at - 1]!.sentence;
  for (let k = at; k < Math.min(at + NOUN_WINDOW, input.tokens.length); k++) {
    const token = input.tokens[k]!;
    if (token.sentence !== sentence || token.pos === 'PUNCT') return false;
    if (input.lexicon.weaponNouns.has(token.text.toLowerCase())) return true;
  }
  return false;
}

function hasWeaponPrefix(input: RecognizerInput, code: string): boolean {
  const dash = code.indexOf('-');
  return dash > 0 && input.lexicon.weaponPrefixes.has(code.slice(0, dash));
}
