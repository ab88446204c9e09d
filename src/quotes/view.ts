import type { Doc, Sentence, Span } from '../doc/types.js';
import { speakerCandidates } from './candidates.js';
import { matchCues } from './cue-match.js';
import type { QuoteTables } from './tables.js';
import type { DirectSpan, SentenceView, Word } from './types.js';

/** The stretch of text a direct quote occupies, marks included. */
export function quotedRange(q: DirectSpan): Span {
  return { start: q.open, end: q.close !== undefined ? q.close + 1 : q.end };
}

/** Flags words inside quotations; `ranges` sorted by start. Linear: both lists are in text order. */
function markQuoted(allWords: Word[][], ranges: readonly Span[]): void {
  let r = 0;
  for (const words of allWords) {
    for (const w of words) {
      while (r < ranges.length && ranges[r]!.end <= w.start) r++;
      const range = ranges[r];
      w.quoted = !!range && w.start >= range.start && w.start < range.end;
    }
  }
}

/** Builds the per-sentence views every finder reads: words, cues and speaker candidates. */
export function buildViews(
  doc: Pick<Doc, 'mentions' | 'entities'>,
  sentences: readonly Sentence[],
  allWords: Word[][],
  direct: readonly DirectSpan[],
  tables: QuoteTables,
): SentenceView[] {
  markQuoted(allWords, direct.map(quotedRange));
  const types = new Map(doc.entities.map((e) => [e.id, e.type as string]));
  const mentionsBySentence: (typeof doc.mentions)[] = sentences.map(() => []);
  let s = 0;
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
    while (s < sentences.length && m.start >= sentences[s]!.end) s++;
    if (s >= sentences.length) break;
    if (m.start >= sentences[s]!.start && m.end <= sentences[s]!.end) mentionsBySentence[s]!.push(m);
  }
  return sentences.map((sentence, i) => {
    const words = allWords[i]!;
    return {
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      words,
      cues: matchCues(words, tables.cues),
      candidates: speakerCandidates(
        types,
        mentionsBySentence[i]!,
        words,
        tables.speakerNouns,
        tables.titleHeads,
      ),
    };
  });
}
