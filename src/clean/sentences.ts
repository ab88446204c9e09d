import type { Span } from '../doc/types.js';

/**
 * A sentence end: terminal punctuation, optional closing quotes or brackets, white space, then what can open
 * a sentence (capital, digit, opening quote or bracket).
 */
const BOUNDARY = /([.!?…]+)["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE_DOT = /([\p{L}.]+)$/u;

/**
 * Sentences of one line as raw spans (trimmed). Good enough to find repeated sentences and to count them;
 * the nlp stage does the real segmentation of the cleaned text.
 */
export function splitSentences(
  raw: string,
  from: number,
  to: number,
  abbreviations: ReadonlySet<string>,
): Span[] {
  const text = raw.slice(from, to);
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const endOfSentence = m.index + m[0].trimEnd().length;
    if (m[1] === '.' && isAbbreviation(text.slice(start, m.index), abbreviations)) continue;
    pushTrimmed(spans, text, start, endOfSentence, from);
    start = m.index + m[0].length;
  }
  pushTrimmed(spans, text, start, text.length, from);
  return spans;
}

function isAbbreviation(before: string, abbreviations: ReadonlySet<string>): boolean {
  const word = WORD_BEFORE_DOT.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  // A single capital letter before a full stop is an initial ("John F. Kennedy").
  return abbreviations.has(word) || /^\p{L}$/u.test(word);
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number, base: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: base + s, end: base + e });
}
