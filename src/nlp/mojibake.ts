import type { Token } from '../doc/types.js';

/**
 * UTF-8 text decoded once as Windows-1252 or Latin-1 ("FranÃ§ois", "TomÃ¡s", "GuantÃ¡namo"): each accented
 * letter became a lead character (Ã, Â, Ä, Å…, U+00C2–U+00DF) and a continuation character (U+0080–U+00BF
 * in Latin-1, the C1 controls included, or the Windows-1252 punctuation that sits at bytes 0x80–0x9F); text
 * decoded that way twice holds four characters per letter ("Ã" U+0083 "Â" "§"). The tokenizer cuts words at
 * the continuation character ("FranÃ" + "§" + "ois"), which leaves name fragments; the text itself is kept
 * as it is (every span points into it), only the pieces of one word are joined.
 */
const LEAD = '\u00C2-\u00DF';
const CONTINUATION =
  '\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122';
const LEAD_AT_END = new RegExp(`[${LEAD}]$`, 'u');
const PAIR_AT_END = new RegExp(`[${LEAD}][${CONTINUATION}]$`, 'u');
const PIECE = new RegExp(`^[${CONTINUATION}]`, 'u');

/**
 * Joins tokens with no gap between them where the joint falls inside a mis-decoded letter: the left token
 * ends in a lead character (or a lead and continuation) and the right one starts with a continuation
 * character or continues the word. Tokens of different sentences are never joined.
 */
export function joinMojibakeTokens(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start && last.sentence === t.sentence && splitsALetter(last, t)) {
      out[out.length - 1] = { ...last, end: t.end, text: text.slice(last.start, t.end) };
    } else out.push(t);
  }
  return out;
}

function splitsALetter(leftToken: Token, right: Token): boolean {
  // some files carry the lead letter decomposed ("A" + U+0303 for "Ã"): compare in composed form
  const left = leftToken.text.normalize('NFC');
  if (!/\p{L}/u.test(left)) return false;
  // "FranÃ" + "§": a lead character then its continuation; "FranÃ§" + "ois": the word goes on after the pair
  return (
    (LEAD_AT_END.test(left) && PIECE.test(right.text)) ||
    (PAIR_AT_END.test(left) && /^\p{L}/u.test(right.text))
  );
}
