import type { Layout } from './layout.js';
import type { Line } from './lines.js';

/**
 * How a line can look like a photo caption in scraped text:
 * - `set-apart`: a block of 1–3 short lines between blank lines, in a text whose paragraphs are otherwise
 *   not separated by blank lines (the caption's figure became the blank lines);
 * - `lead-in`: a short line without a final full stop opening a block, the blank line after it lost;
 * - `unterminated`: in a text with blank lines between all paragraphs, a short line without a final full stop
 *   between two paragraphs that have one (a run of unterminated lines is a list: fixtures, results, specs).
 */
export type CaptionShape = 'set-apart' | 'lead-in' | 'unterminated';

/**
 * What else a caption-shaped line needs to be removed, by shape: at least `minContentWords` content words,
 * of which at least `minOverlap` appear in one body paragraph (it repeats or paraphrases the body).
 * The weaker the shape evidence, the more content it must share; a caption cue suffices for any shape.
 */
export const CAPTION_EVIDENCE: Record<CaptionShape, { minContentWords: number; minOverlap: number }> = {
  'set-apart': { minContentWords: 4, minOverlap: 0.5 },
  'lead-in': { minContentWords: 5, minOverlap: 0.3 },
  unterminated: { minContentWords: 5, minOverlap: 0.4 },
};

/** Captions are one sentence, rarely two; a longer line is a paragraph. */
export const MAX_CAPTION_LENGTH = 160;
/** A body paragraph ends with punctuation (or a closing quote); a caption often stops on a word. */
const UNTERMINATED = /[\p{L}\p{N}]$/u;
/** Shorter unterminated lines are headings and labels, not captions. */
const MIN_UNTERMINATED_WORDS = 6;

export function isUnterminated(line: Line | undefined): boolean {
  return line !== undefined && UNTERMINATED.test(line.text);
}

/** `previous` and `next` are the neighbouring non-blank lines (boilerplate left out). */
export function captionShape(
  line: Line,
  wordCount: number,
  layout: Layout,
  previous: Line | undefined,
  next: Line | undefined,
): CaptionShape | undefined {
  const place = layout.places.get(line.index);
  if (!place || place.inFirstBlock || line.text.length > MAX_CAPTION_LENGTH || wordCount < 3)
    return undefined;
  const unterminatedSentence = UNTERMINATED.test(line.text) && wordCount >= MIN_UNTERMINATED_WORDS;
  if (layout.blankSeparated) {
    const amidProse = previous && next && !isUnterminated(previous) && !isUnterminated(next);
    return unterminatedSentence && amidProse ? 'unterminated' : undefined;
  }
  const { block } = place;
  const first = layout.places.get(block[0]!.index);
  const last = layout.places.get(block[block.length - 1]!.index);
  const shortBlock = block.length <= 3 && block.every((l) => l.text.length <= MAX_CAPTION_LENGTH);
  if (shortBlock && first?.blankBefore && last?.blankAfter) return 'set-apart';
  if (place.blankBefore && block.length > 1 && unterminatedSentence) return 'lead-in';
  return undefined;
}
