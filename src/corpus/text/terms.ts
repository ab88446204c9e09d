import { sStem } from './stem.js';

/** Words: letters and digits, with an inner apostrophe ("o'brien", "don't"); hyphens split. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const DIGITS = /^\p{N}+$/u;
/** A year is a number worth keeping: "the 2013 quake" vs "the 2008 quake". Other bare numbers are noise. */
const YEAR = /^(1[89]|20)\d\d$/;
const POSSESSIVE = /['’]s$/;

/** Lower-cased, possessive-stripped, plural-folded form of one word (also used on the background table). */
export function normaliseTerm(word: string): string {
  return sStem(word.toLowerCase().replace(POSSESSIVE, ''));
}

/**
 * The content terms of a text, in order, repeats kept: words normalised by `normaliseTerm`, minus stopwords,
 * one-letter words and bare numbers other than years.
 */
export function contentTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    if (DIGITS.test(raw) && !YEAR.test(raw)) continue;
    const lower = raw.toLowerCase();
    if (stopwords.has(lower)) continue;
    const term = normaliseTerm(lower);
    if (term.length < 2 || stopwords.has(term)) continue;
    terms.push(term);
  }
  return terms;
}

/** Entity and place names as feature keys: case, spacing and punctuation folded ("U.S." = "US"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
