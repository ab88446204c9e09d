/**
 * Reader for PETRARCH discard lists: a phrase whose presence stops coding of the sentence, or with a
 * leading `+` of the whole story; a trailing `_` means the phrase must end at a word boundary, otherwise
 * it is a stem. See dictionaries.rst, "Discard List".
 */
import { contentOf } from './text.js';

export interface DiscardEntry {
  /** Lower case, words separated by single blanks. */
  phrase: string;
  wholeStory: boolean;
  /** Matched only as whole words at its end (`_`), else as a stem. */
  exact: boolean;
}

export function parseDiscards(text: string): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = contentOf(raw)?.trim();
    if (!line) continue;
    const wholeStory = line.startsWith('+');
    const body = wholeStory ? line.slice(1).trim() : line;
    const exact = body.endsWith('_');
    const phrase = body
      .replace(/_+$/, '')
      .replace(/[_\s]+/g, ' ')
      .toLowerCase()
      .trim();
    if (phrase) out.push({ phrase, wholeStory, exact });
  }
  return out;
}

/** The discard that applies to a sentence, if any (case-insensitive, on word starts). */
export function discardIn(sentence: string, discards: readonly DiscardEntry[]): DiscardEntry | undefined {
  const text = ' ' + sentence.toLowerCase().replace(/\s+/g, ' ') + ' ';
  return discards.find((d) => {
    const at = text.indexOf(' ' + d.phrase);
    if (at < 0) return false;
    return !d.exact || /[\s\p{P}]/u.test(text[at + 1 + d.phrase.length] ?? ' ');
  });
}
