import { ELISION_AFTER_MARK } from './lexicon.js';

/** Double marks pair with double marks, single with single; the two families nest freely. */
export type MarkFamily = 'double' | 'single';

/**
 * What a mark does here. `close-or-possessive` is a closing single mark right after an `s` ("the leaders’
 * summit" or "‘some swapping of territories’ "): pairing decides, preferring a later unambiguous close.
 */
export type MarkRole = 'open' | 'close' | 'close-or-possessive';

export interface Mark {
  offset: number;
  family: MarkFamily;
  role: MarkRole;
}

const FAMILY: Record<string, MarkFamily> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '«': 'double',
  '»': 'double',
  "'": 'single',
  '‘': 'single',
  '’': 'single',
};
const ALWAYS_OPEN = new Set(['“', '„', '«']);
const ALWAYS_CLOSE = new Set(['”', '»']);
/** A straight or curly mark that can only close (the curly right single mark is also the apostrophe). */
const CLOSING_ONLY = new Set(['’']);
const OPENING_ONLY = new Set(['‘']);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may stand right before an opening mark. */
const BEFORE_OPEN = /[\s([{\-–—/:“"‘]/u;
/** What may stand right after a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\-–—”"’…]/u;
export const MARK_CHARS = /["“”„«»'‘’]/gu;

/**
 * Decides from the characters around it whether a mark opens or closes a quote, or is an apostrophe
 * (he’s, Putin’s, '90s, rock 'n' roll) and so no mark at all (undefined).
 */
export function classifyMark(text: string, offset: number): Mark | undefined {
  const ch = text[offset]!;
  const family = FAMILY[ch];
  if (!family) return undefined;
  const prev = offset > 0 ? text[offset - 1]! : '\n';
  const next = offset + 1 < text.length ? text[offset + 1]! : '\n';
  if (ALWAYS_OPEN.has(ch)) return { offset, family, role: 'open' };
  if (ALWAYS_CLOSE.has(ch)) return { offset, family, role: 'close' };
  const wordBefore = WORD_CHAR.test(prev);
  const wordAfter = WORD_CHAR.test(next);
  if (family === 'single') {
    if (wordBefore && wordAfter) return undefined; // he’s, doesn’t, rock'n'roll
    if (!wordBefore && ELISION_AFTER_MARK.test(text.slice(offset + 1, offset + 6))) return undefined; // '90s
    if (wordBefore && /['’‘]n$/u.test(text.slice(Math.max(0, offset - 2), offset))) return undefined; // 'n'
  }
  const canOpen = !CLOSING_ONLY.has(ch) && BEFORE_OPEN.test(prev) && !/\s/u.test(next);
  const canClose = !OPENING_ONLY.has(ch) && !/\s/u.test(prev) && AFTER_CLOSE.test(next);
  if (canOpen && !canClose) return { offset, family, role: 'open' };
  if (canClose && !canOpen) {
    const possessive = family === 'single' && /\p{L}s$/u.test(text.slice(Math.max(0, offset - 2), offset));
    return { offset, family, role: possessive && /\s/u.test(next) ? 'close-or-possessive' : 'close' };
  }
  return undefined;
}

/** Every mark of the text that can open or close a quote, in text order. */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(MARK_CHARS)) {
    const mark = classifyMark(text, m.index);
    if (mark) marks.push(mark);
  }
  return marks;
}
