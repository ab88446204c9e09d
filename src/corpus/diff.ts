import type { Removal, RemovalReason } from '../doc/types.js';

/**
 * How a copy relates to its canonical: `syndicated` when both sites are known and differ (a wire story run
 * by another outlet), else `exact` when the clean texts have the same words, else `near`.
 */
export type DuplicateKind = 'exact' | 'near' | 'syndicated';

/** What a copy adds to or drops from its canonical article: stored as `duplicates.diff_json`. */
export interface DuplicateDiff {
  /** Lines (paragraphs) of the copy's text that the canonical lacks, and the canonical's the copy lacks. */
  addedLines: string[];
  droppedLines: string[];
  /** Word-level summary (multiset difference of lower-cased words): how many more and fewer. */
  wordsAdded: number;
  wordsDropped: number;
  /** The added and dropped words themselves, most frequent first (a sample: at most `MAX_WORDS`). */
  addedWords: string[];
  droppedWords: string[];
  /** What cleaning took out of the copy but not of the canonical ("Share this …" lines, captions), and back. */
  removedFromCopy: { reason: RemovalReason; text: string }[];
  removedFromCanonical: { reason: RemovalReason; text: string }[];
}

/** The side of a comparison: an article's clean text and what cleaning removed from it. */
export interface DiffSide {
  text: string;
  removed: readonly Pick<Removal, 'reason' | 'text'>[];
}

const MAX_LINES = 20;
const MAX_WORDS = 30;
const MAX_LINE_CHARS = 300;
const WORD = /[\p{L}\p{N}]+/gu;

/** Linear in the texts' length (sets and counts, no alignment): cheap enough for every stored copy. */
export function diffDuplicate(copy: DiffSide, canonical: DiffSide): DuplicateDiff {
  const [addedWords, wordsAdded] = wordDifference(copy.text, canonical.text);
  const [droppedWords, wordsDropped] = wordDifference(canonical.text, copy.text);
  return {
    addedLines: lineDifference(copy.text, canonical.text),
    droppedLines: lineDifference(canonical.text, copy.text),
    wordsAdded,
    wordsDropped,
    addedWords,
    droppedWords,
    removedFromCopy: removalDifference(copy.removed, canonical.removed),
    removedFromCanonical: removalDifference(canonical.removed, copy.removed),
  };
}

/** True when the two texts have the same words in the same order (case, punctuation, spacing aside). */
export function sameWords(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string): string => (s.length <= MAX_LINE_CHARS ? s : s.slice(0, MAX_LINE_CHARS - 1) + '…');
const words = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

function lineDifference(a: string, b: string): string[] {
  const inB = new Set(b.split('\n').map(flat));
  const lines = a.split('\n').map(flat);
  return lines
    .filter((line) => line !== '' && !inB.has(line))
    .slice(0, MAX_LINES)
    .map(clip);
}

/** Words of `a` beyond their count in `b`: the sample (most frequent first) and the total. */
function wordDifference(a: string, b: string): [string[], number] {
  const counts = new Map<string, number>();
  for (const w of words(a)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of words(b)) if (counts.has(w)) counts.set(w, counts.get(w)! - 1);
  const extra = [...counts].filter(([, n]) => n > 0);
  const total = extra.reduce((sum, [, n]) => sum + n, 0);
  extra.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return [extra.slice(0, MAX_WORDS).map(([w]) => w), total];
}

function removalDifference(
  a: DiffSide['removed'],
  b: DiffSide['removed'],
): { reason: RemovalReason; text: string }[] {
  const inB = new Set(b.map((r) => flat(r.text)));
  return a
    .filter((r) => !inB.has(flat(r.text)))
    .slice(0, MAX_LINES)
    .map((r) => ({ reason: r.reason, text: clip(flat(r.text)) }));
}
