/**
 * Name folding shared by the gazetteer index and the resolver: the same function builds the keys and reads
 * the mentions, so "U.S." finds "US", "Kyiv’s" finds "Kyiv" and "Élysée" finds "Elysee".
 */

/** Most names need no folding beyond lower case: plain words and single spaces. */
const ALREADY_FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const NON_ASCII = /[^\u0020-\u007e]/;
const COMBINING_MARKS = /\p{M}/gu;
/** Letters NFKD leaves whole, read as their plain Latin form ("Doğubayazıt" as "Dogubayazit", "Tromsø"). */
const UNDECOMPOSED = /[ıøłđðþßæœ]/g;
// prettier-ignore
const PLAIN: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe' };
/** Dropped outright: periods in abbreviations, apostrophes in transliterations ("Arkhangel’sk"). */
const DROPPED = /['’ʼʻ`´.]/g;
/** Read as a word break: hyphens, dashes, commas, slashes, runs of spaces. */
const SEPARATORS = /[\s\-‐‑‒–—,/]+/g;

/** The index key of a name: lower case, no diacritics, periods or apostrophes, single spaces, no leading "the". */
export function foldName(name: string): string {
  let s = name.toLowerCase();
  if (ALREADY_FOLDED.test(s)) return s.startsWith('the ') ? s.slice(4) : s;
  if (NON_ASCII.test(s))
    s = s
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(UNDECOMPOSED, (c) => PLAIN[c] ?? c);
  s = s.replace(DROPPED, '').replace(SEPARATORS, ' ').trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}

const POSSESSIVE = /['’]s$/;

/** "Ukraine’s" → "Ukraine"; undefined when there is no possessive ending. */
export function withoutPossessive(text: string): string | undefined {
  return POSSESSIVE.test(text) ? text.replace(POSSESSIVE, '') : undefined;
}
