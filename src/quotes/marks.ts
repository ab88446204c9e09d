import { ELISION_AFTER_MARK } from './lexicon.js';

/** Double marks pair with double marks, single with single; the two families nest freely. */
export type MarkFamily = 'double' | 'single';

/**
 * What a mark does here. `close-or-possessive` is a closing single mark right after an `s` ("the leaders’
 * summit" or "‘some swapping of territories’ "): pairing decides, preferring a later unambiguous close.
 */
export type MarkRole = 'open' | 'close' | 'close-or-possessive';

export interface Mark {
  /** Offset of the mark's first character. */
  offset: number;
  family: MarkFamily;
  role: MarkRole;
  /** Characters the mark takes: 2 for a double mark typed as two apostrophes (''), else 1. */
  width?: number;
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

/** Two or three straight apostrophes in a row: a double mark typed as two (''…'', some papers' style). */
const APOSTROPHE_RUN = /'{2,3}/uy;

/**
 * A run of two apostrophes is one double mark; a run of three is a double and a single mark
 * (`''I said, 'No.'''`: the single closes first, then the double). A run with words on both sides or
 * spaces on both sides is no mark.
 */
function apostropheRun(text: string, at: number, length: number): Mark[] {
  const prev = at > 0 ? text[at - 1]! : '\n';
  const next = at + length < text.length ? text[at + length]! : '\n';
  if (!/\s/u.test(prev) && AFTER_CLOSE.test(next)) {
    return length === 2
      ? [{ offset: at, family: 'double', role: 'close', width: 2 }]
      : [
          { offset: at, family: 'single', role: 'close' },
          { offset: at + 1, family: 'double', role: 'close', width: 2 },
        ];
  }
  if (BEFORE_OPEN.test(prev) && !/\s/u.test(next)) {
    return length === 2
      ? [{ offset: at, family: 'double', role: 'open', width: 2 }]
      : [
          { offset: at, family: 'double', role: 'open', width: 2 },
          { offset: at + 2, family: 'single', role: 'open' },
        ];
  }
  return [];
}

/** Every mark of the text that can open or close a quote, in text order. */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let skipTo = 0;
  for (const m of text.matchAll(MARK_CHARS)) {
    if (m.index < skipTo) continue;
    APOSTROPHE_RUN.lastIndex = m.index;
    const run = text[m.index] === "'" ? APOSTROPHE_RUN.exec(text) : null;
    if (run) {
      for (const mark of apostropheRun(text, m.index, run[0].length)) marks.push(mark);
      skipTo = m.index + run[0].length;
      continue;
    }
    const mark = classifyMark(text, m.index);
    if (mark) marks.push(mark);
  }
  return marks;
}
