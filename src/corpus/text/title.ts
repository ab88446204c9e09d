const MAX_TITLE = 160;
/** A possible sentence end: terminal punctuation before a space and a capital/quote/digit, or a line break. */
const SENTENCE_END = /[.!?](?=["'”’)]?\s+["'“‘(]?[\p{Lu}\p{N}])|\n/gu;
/**
 * A period after a short capitalised word or an initialism is most likely an abbreviation ("Mr.", "Dr.",
 * "Gen.", "U.S."), not a sentence end. Rarely wrong for a title: a real end there only makes it longer.
 */
const ABBREVIATION_BEFORE = /(?:\b\p{Lu}\p{Ll}{0,2}|\p{L}\.\p{L})$/u;

/** The first sentence (or line) of a text, trimmed and cut to a title's length. */
export function firstSentence(text: string): string {
  const body = text.trim();
  let end = body.length;
  for (const m of body.matchAll(SENTENCE_END)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    end = m.index + 1;
    break;
  }
  const sentence = body.slice(0, end).replace(/\s+/g, ' ').trim();
  return sentence.length <= MAX_TITLE ? sentence : sentence.slice(0, MAX_TITLE - 1).trimEnd() + '…';
}
