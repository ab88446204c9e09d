import type { Span } from '../doc/types.js';
import { splitLines, type Line } from './lines.js';
import { splitSentences } from './sentences.js';
import { words } from './words.js';

/** The raw text as the finders read it: its lines, and each line's words and sentences, computed once. */
export interface TextView {
  raw: string;
  lines: readonly Line[];
  wordsOf(line: Line): string[];
  sentencesOf(line: Line): Span[];
}

export function textView(raw: string, abbreviations: ReadonlySet<string>): TextView {
  const lines = splitLines(raw);
  const wordCache: (string[] | undefined)[] = new Array(lines.length);
  const sentenceCache: (Span[] | undefined)[] = new Array(lines.length);
  return {
    raw,
    lines,
    wordsOf: (line) => (wordCache[line.index] ??= words(line.text)),
    sentencesOf: (line) =>
      (sentenceCache[line.index] ??= line.blank
        ? []
        : splitSentences(raw, line.textStart, line.textEnd, abbreviations)),
  };
}
