/**
 * What wink-nlp is given of a text, so its cost stays linear in the text's length whatever the text:
 *  - every run of non-space characters longer than MAX_WINK_RUN is cut to its first MAX_WINK_RUN characters
 *    (wink tests each word with regular expressions such as `[a-z].*\.$`, quadratic in the word's length: a
 *    50,000-character word took 8 s, a million-character one over 90 s and a 20 MB one overflowed the stack);
 *    a token that reaches a cut is mapped back to the whole run, so spans stay right;
 *  - the text is read in chunks of at most MAX_WINK_CHUNK characters, cut at a line break where there is one
 *    (a line break ends a sentence anyway), else after a sentence's full stop, else at a space, so no buffer
 *    or recursion in wink grows with the input.
 */

/** Longer than any word or URL in news (the longest BBC URLs are about 120 characters). */
export const MAX_WINK_RUN = 200;
/** Most articles are a single chunk (BBC's average is 2,200 characters); long ones are cut at line breaks. */
export const MAX_WINK_CHUNK = 20_000;

export interface WinkChunk {
  /** The chunk as wink reads it (long runs cut). */
  text: string;
  /** Where the chunk's offset `i` is in the original text. */
  toOriginal: (i: number) => number;
}

interface Cut {
  /** Offset in the view where the removed characters were. */
  at: number;
  /** Characters removed up to and including this cut. */
  removed: number;
}

/** JavaScript's `\s`, by code unit: a loop over a 20 MB word with `\S{201,}` overflowed the regex stack. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The text with long runs cut, and the cuts in order. Linear: one pass over the code units. */
function cutLongRuns(text: string): { view: string; cuts: Cut[] } {
  const cuts: Cut[] = [];
  const parts: string[] = [];
  let last = 0;
  let removed = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_WINK_RUN) {
      parts.push(text.slice(last, runStart + MAX_WINK_RUN));
      last = i;
      const at = runStart - removed + MAX_WINK_RUN;
      removed += i - runStart - MAX_WINK_RUN;
      cuts.push({ at, removed });
    }
    runStart = i + 1;
  }
  parts.push(text.slice(last));
  return { view: parts.join(''), cuts };
}

/** Characters removed before view offset `at`: those of every cut at or before it (binary search). */
function removedBefore(cuts: readonly Cut[], at: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? cuts[lo - 1]!.removed : 0;
}

/** Where to end a chunk that starts at `start`: the last line break, sentence end or space in the window. */
function chunkEnd(view: string, start: number): number {
  const limit = start + MAX_WINK_CHUNK;
  if (limit >= view.length) return view.length;
  const window = view.slice(start + MAX_WINK_CHUNK / 2, limit);
  const base = start + MAX_WINK_CHUNK / 2;
  const newline = window.lastIndexOf('\n');
  if (newline >= 0) return base + newline + 1;
  let sentenceEnd = -1;
  for (const m of window.matchAll(/[.!?]["'”’)]*\s/g)) sentenceEnd = m.index + m[0].length;
  if (sentenceEnd >= 0) return base + sentenceEnd;
  let space = window.length - 1;
  while (space >= 0 && !isSpace(window.charCodeAt(space))) space--;
  return space >= 0 ? base + space + 1 : limit;
}

/** The chunks wink reads, in order, each with its way back to the original offsets. */
export function winkChunks(text: string): WinkChunk[] {
  const { view, cuts } = cutLongRuns(text);
  const chunks: WinkChunk[] = [];
  for (let start = 0; start < view.length;) {
    const end = chunkEnd(view, start);
    const offset = start;
    const toOriginal = (i: number): number => offset + i + removedBefore(cuts, offset + i);
    chunks.push({ text: view.slice(start, end), toOriginal });
    start = end;
  }
  return chunks;
}
