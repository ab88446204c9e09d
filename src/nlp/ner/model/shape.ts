/** Word shapes: the casing and character classes of a token, the model's main clue for unseen words. */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

function charClass(ch: string): string {
  // ASCII letters and digits first: the same answers as the Unicode classes below, without a regex.
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  if (UPPER.test(ch)) return 'X';
  if (LOWER.test(ch)) return 'x';
  if (DIGIT.test(ch)) return 'd';
  return ch;
}

/** Full shape, runs longer than 4 cut to 4: `Washington` → `Xxxxx`, `1996-08-22` → `dddd-dd-dd`. */
export function longShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one char: `Washington` → `Xx`, `U.S.` → `X.X.`, `1996-08-22` → `d-d-d`. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Casing class of a word: `upper` (≥2 letters, no lower), `title`, `lower`, `mixed`, or `none` (no letters). */
export type Casing = 'upper' | 'title' | 'lower' | 'mixed' | 'none';

export function casing(word: string): Casing {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (const ch of word) {
    const c = charClass(ch);
    const isUpper = c === 'X';
    const isLower = c === 'x';
    if (!seenLetter && (isUpper || isLower)) {
      firstUpper = isUpper;
      seenLetter = true;
    }
    if (isUpper) upper++;
    else if (isLower) lower++;
  }
  if (upper === 0 && lower === 0) return 'none';
  if (lower === 0) return upper >= 2 ? 'upper' : 'title';
  if (upper === 0) return 'lower';
  return firstUpper && upper === 1 ? 'title' : 'mixed';
}

/** Starts with an upper-case letter (the CoNLL notion of "capitalised"). */
export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  return first !== undefined && UPPER.test(String.fromCodePoint(first));
}
