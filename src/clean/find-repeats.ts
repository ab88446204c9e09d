import type { Span } from '../doc/types.js';
import type { Candidate } from './candidate.js';
import { lineSpan, type Line } from './lines.js';
import type { TextView } from './text-view.js';
import { nearRepeat, type IndexedLine } from './near-repeat.js';
import { bigrams, wordKey, WordIds } from './words.js';

/** Shorter lines ("He said no.") repeat by chance. */
const MIN_EXACT_WORDS = 3;
/** A sentence inside a kept paragraph is removed only when it is this long and repeats exactly. */
const MIN_SENTENCE_REPEAT_WORDS = 6;
/**
 * Earlier paragraphs indexed per bigram. A bigram in more paragraphs than this is as common as "of the":
 * later paragraphs are not indexed under it, so a page of thousands of similar paragraphs costs each line a
 * bounded number of lookups instead of one per earlier paragraph (issue 16). Articles have far fewer.
 */
const MAX_POSTINGS = 200;

/**
 * Paragraphs (lines) that repeat, exactly or nearly, text EARLIER in the article — a whole earlier
 * paragraph or one sentence of it — and exact repeats of whole sentences inside otherwise new paragraphs.
 * The first occurrence is kept; `duplicateOf` points at it. Captions are checked (a caption that repeats
 * the body is a repeat) but never indexed: body text that follows a caption is not a repeat of it.
 * Cost: one pass; each bigram is looked up in an inverted index of the earlier paragraphs.
 */
export function findRepeats(
  view: TextView,
  skip: ReadonlySet<number>,
  captions: ReadonlySet<number>,
  stopwords: ReadonlySet<string>,
): Candidate[] {
  const { raw, lines } = view;
  const ids = new WordIds();
  const postings = new Map<number, IndexedLine[]>();
  const exact = new Map<string, Span>();
  const found: Candidate[] = [];
  for (const line of lines) {
    if (line.blank || skip.has(line.index)) continue;
    const ws = view.wordsOf(line);
    const shingles = bigrams(ws, ids);
    const repeat =
      exactRepeat(line, ws, exact) ?? nearRepeat(raw, line, ws, shingles, postings, ids, stopwords);
    if (repeat) {
      found.push(repeat);
      continue;
    }
    if (captions.has(line.index)) continue;
    const sentences = view.sentencesOf(line);
    // One at a time: a spread of a huge page's repeats would overflow the stack.
    for (const candidate of repeatedSentences(raw, line, sentences, exact)) found.push(candidate);
    const entry: IndexedLine = { line, sentences };
    for (const s of shingles) {
      const list = postings.get(s);
      if (!list) postings.set(s, [entry]);
      else if (list.length < MAX_POSTINGS) list.push(entry);
    }
    if (ws.length >= MIN_EXACT_WORDS && !exact.has(ws.join(' '))) exact.set(ws.join(' '), lineSpan(line));
  }
  return found;
}

/** The whole line equals an earlier paragraph or an earlier sentence, word for word. */
function exactRepeat(
  line: Line,
  ws: readonly string[],
  exact: ReadonlyMap<string, Span>,
): Candidate | undefined {
  if (ws.length < MIN_EXACT_WORDS) return undefined;
  const earlier = exact.get(ws.join(' '));
  if (!earlier) return undefined;
  return {
    ...lineSpan(line),
    line: line.index,
    reason: 'repeat',
    rule: 'repeat:exact',
    duplicateOf: earlier,
  };
}

/**
 * Sentences of a new paragraph that repeat an earlier sentence exactly. When every sentence of the line
 * repeats, the whole line goes (so no empty line is left behind). Registers the new sentences.
 */
function repeatedSentences(
  raw: string,
  line: Line,
  sentences: readonly Span[],
  exact: Map<string, Span>,
): Candidate[] {
  const found: Candidate[] = [];
  for (const span of sentences) {
    const key = wordKey(raw.slice(span.start, span.end));
    if (wordCount(key) < MIN_SENTENCE_REPEAT_WORDS) continue;
    const earlier = exact.get(key);
    if (earlier)
      found.push({
        ...span,
        within: line.index,
        reason: 'repeat',
        rule: 'repeat:exact-sentence',
        duplicateOf: earlier,
      });
    else exact.set(key, span);
  }
  if (found.length > 0 && found.length === sentences.length) {
    return [
      {
        ...lineSpan(line),
        line: line.index,
        reason: 'repeat',
        rule: 'repeat:exact-sentences',
        duplicateOf: found[0]!.duplicateOf!,
      },
    ];
  }
  return found;
}

function wordCount(key: string): number {
  let n = key ? 1 : 0;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
