/**
 * Which gold Content spans are direct quotations, and the trimming used to compare quote spans.
 *
 * A contiguous Content fragment is DIRECT when it lies inside one pair of quotation marks:
 * 1. trim white space and sentence punctuation (. , ; : ! ? … – — -) from both ends of the fragment, but
 *    keep quotation marks;
 * 2. it must begin with an opening mark, or have one right before it with only white space between, or
 *    only a transcript speaker label (`"WALLACE: ⟦If I may, sir …⟧"`: the label names the speaker, the
 *    words after it are what was said);
 * 3. it must end with a closing mark of the same family (double or single), or have one right after it with
 *    only white space and sentence punctuation between ("we will win," he said → `we will win`); marks
 *    outside the fragment are looked for on its own line only, and a straight mark opens only after a
 *    non-word character and closes only before one (`"Morning Joe" that …` does not open at `"`);
 *    A paragraph that opens with a mark and ends with none, followed by a paragraph that opens with a mark
 *    of the same family, is one quotation running over paragraphs (the news convention): its fragment
 *    may end at the end of the paragraph;
 * 4. the marks must be one pair: for double marks, between them the curly marks nest (“ opens, ” closes,
 *    never closing more than opened) and straight " come in an even number. So `“A,” he said, “B.”` as
 *    one fragment is not direct (it is two quotes and the text between).
 * Double marks: " “ ” „ « »; single: ‘ ’ and ' (the straight single mark only as opening at a word edge).
 *
 * Comparison trimming: quotation marks, punctuation and white space are trimmed from both ends of gold and
 * predicted spans alike, so `“We will win,”` and `We will win` are the same quote.
 */
import type { Span } from '../../src/doc/types.js';

type Family = 'double' | 'single';

const OPENING: Record<string, Family> = {
  '"': 'double',
  '“': 'double',
  '„': 'double',
  '«': 'double',
  '‘': 'single',
  "'": 'single',
};
const CLOSING: Record<string, Family> = {
  '"': 'double',
  '”': 'double',
  '“': 'double',
  '»': 'double',
  '’': 'single',
  "'": 'single',
};
const SENTENCE_PUNCTUATION = /[.,;:!?…–—-]/u;
const WHITE = /\s/u;
/** White space within a line: a quotation mark is never looked for across a line break. */
const SPACE = /[^\S\n]/u;
const WORD = /[\p{L}\p{N}]/u;
const STRAIGHT = new Set(['"', "'"]);
/** What comparison trimming removes at either end: white space, punctuation (incl. quote marks), symbols like `(`. */
const TRIMMABLE = /[\s\p{P}]/u;

export function trimForComparison(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && TRIMMABLE.test(text[start]!)) start++;
  while (end > start && TRIMMABLE.test(text[end - 1]!)) end--;
  return { start, end };
}

function trimKeepingMarks(text: string, span: Span): Span {
  const trimmable = (ch: string): boolean => WHITE.test(ch) || SENTENCE_PUNCTUATION.test(ch);
  let { start, end } = span;
  while (start < end && trimmable(text[start]!)) start++;
  while (end > start && trimmable(text[end - 1]!)) end--;
  return { start, end };
}

/** A straight mark opens only after a non-word character, and closes only before one ("Joe" that → closes). */
function canOpen(text: string, at: number): Family | undefined {
  const family = OPENING[text[at] ?? ''];
  if (family && STRAIGHT.has(text[at]!) && at > 0 && WORD.test(text[at - 1]!)) return undefined;
  return family;
}

function canClose(text: string, at: number, family: Family): boolean {
  if (CLOSING[text[at] ?? ''] !== family) return false;
  return !(STRAIGHT.has(text[at]!) && at + 1 < text.length && WORD.test(text[at + 1]!));
}

/** An upper-case transcript speaker label and the space after it, at the end of the text before a fragment. */
const LABEL_BEFORE = /(?:[A-Z][A-Z'’.-]+ ){0,2}[A-Z][A-Z'’.-]+:[^\S\n]*$/u;

/** Offset of the opening mark and its family, or undefined. Never looks across a line break. */
function openingMark(text: string, start: number): { at: number; family: Family } | undefined {
  const inside = canOpen(text, start);
  if (inside) return { at: start, family: inside };
  let i = start - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (label && !canOpen(text, i)) i = start - label[0].length - 1;
  const family = i >= 0 ? canOpen(text, i) : undefined;
  return family ? { at: i, family } : undefined;
}

function closingMark(text: string, end: number, family: Family): number | undefined {
  if (end > 0 && canClose(text, end - 1, family)) return end - 1;
  let i = end;
  while (i < text.length && (SPACE.test(text[i]!) || SENTENCE_PUNCTUATION.test(text[i]!))) i++;
  return canClose(text, i, family) ? i : undefined;
}

/** Whether the double marks strictly between `from` and `to` leave the outer pair a single quotation. */
function balancedInside(text: string, from: number, to: number): boolean {
  let depth = 0;
  let straight = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '„' || ch === '«') depth++;
    else if (ch === '”' || ch === '»') {
      if (--depth < 0) return false;
    } else if (ch === '"') straight++;
  }
  return straight % 2 === 0;
}

/**
 * Where a quotation left open at the end of a paragraph ends, when it runs on: the mark opens its line, only
 * punctuation and white space follow the fragment on its line, and the next non-blank line opens with a
 * mark of the same family.
 */
function runsOverParagraph(text: string, openAt: number, end: number, family: Family): number | undefined {
  const lineStart = text.lastIndexOf('\n', openAt - 1) + 1;
  if (text.slice(lineStart, openAt).trim() !== '') return undefined;
  let i = end;
  while (i < text.length && text[i] !== '\n') {
    if (!SPACE.test(text[i]!) && !SENTENCE_PUNCTUATION.test(text[i]!)) return undefined;
    i++;
  }
  const lineEnd = i;
  while (i < text.length && WHITE.test(text[i]!)) i++;
  return i < text.length && OPENING[text[i]!] === family ? lineEnd : undefined;
}

export function isDirectFragment(text: string, fragment: Span): boolean {
  const core = trimKeepingMarks(text, fragment);
  if (core.end <= core.start) return false;
  const open = openingMark(text, core.start);
  if (!open) return false;
  const close =
    closingMark(text, core.end, open.family) ?? runsOverParagraph(text, open.at, core.end, open.family);
  if (close === undefined || close <= open.at) return false;
  return open.family === 'single' || balancedInside(text, open.at + 1, close);
}
