/**
 * The headline of a plain-text article: its first line, when that line reads as one. Many text corpora
 * (BBC News, PolNeAR) put the headline on the first line and a blank line after it; some end it with a
 * full stop, which does not make it body text.
 */

/**
 * Longest headline we accept, in characters and words: a longer first line is a paragraph. A line that
 * ends like a sentence must be shorter (PolNeAR's headlines with a full stop run to 22 words; a lead
 * sentence is usually longer).
 */
const MAX_CHARS = 200;
const MAX_WORDS = 30;
const MAX_WORDS_WITH_STOP = 22;
/**
 * A sentence end inside the line followed by more words: the line holds sentences, not a headline. The word
 * before the stop has four lower-case letters or more, so abbreviations ("Sen.", "U.S.") do not count.
 */
const INNER_SENTENCE_END = /\p{Ll}{4,}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;
/** Lines that open body text or a dateline, not a headline. */
const NOT_A_HEADLINE = /[:,;–—-]$/u;
/** Up to this many words a first line is a headline even with two sentences or an opening quote mark. */
const SHORT_WORDS = 14;

/** The first line of `text` and where it ends, when it is a headline set apart by a blank line. */
export function firstLineHeadline(text: string): { title: string; end: number } | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) return undefined;
  const line = text.slice(start, lineEnd).trimEnd();
  const deck = line.endsWith(';') && hasDeck(text.slice(lineEnd + 1));
  if (!deck && !/^[ \t]*\n/.test(text.slice(lineEnd + 1))) return undefined; // no blank line after it
  if (text.slice(lineEnd).trim() === '') return undefined; // nothing after it: the line is the text
  if (deck) return { title: line, end: start + line.length };
  const words = line.split(/\s+/).length;
  const limit = /[.!?]["”’]?$/u.test(line) ? MAX_WORDS_WITH_STOP : MAX_WORDS;
  if (line.length > MAX_CHARS || words > limit || !/\p{L}/u.test(line)) return undefined;
  if (NOT_A_HEADLINE.test(line)) return undefined;
  // a short line may hold two sentences or open with a quoted phrase ("Game over. Will Sanders …?")
  if (words > SHORT_WORDS && (INNER_SENTENCE_END.test(line) || /^["“‘]/u.test(line))) return undefined;
  return { title: line, end: start + line.length };
}

/**
 * USA TODAY's form: "Headline; " on the first line, a deck (subtitle) line right after it, then a blank
 * line: the first line is the headline.
 */
function hasDeck(rest: string): boolean {
  const deckEnd = rest.indexOf('\n');
  const deck = deckEnd < 0 ? '' : rest.slice(0, deckEnd).trim();
  return deck !== '' && deck.length <= MAX_CHARS && /^[ \t]*\n/.test(rest.slice(deckEnd + 1));
}

/** The title as metadata: the headline without the full stop or semicolon some corpora end it with. */
export function titleText(headline: string): string {
  return headline.replace(/(?<!\b\p{Lu})\.$|;$/u, '').trim();
}

/**
 * Where the headline stands in `text` (its first line), when `titleLine` (the line as extraction found
 * it) still opens the text: the nlp stage reads that span with headline casing.
 */
export function headlineSpan(
  text: string,
  titleLine: string | undefined,
): { start: number; end: number } | undefined {
  if (!titleLine) return undefined;
  const start = text.search(/\S/);
  if (start < 0 || !text.startsWith(titleLine, start)) return undefined;
  const end = start + titleLine.length;
  return /^[ \t]*(?:\n|$)/.test(text.slice(end)) ? { start, end } : undefined;
}
