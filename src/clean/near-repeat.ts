import type { Span } from '../doc/types.js';
import type { Candidate } from './candidate.js';
import { lineSpan, type Line } from './lines.js';
import { bigrams, containment, tokens, WordIds, words } from './words.js';

/** An earlier kept paragraph, with its sentences, as the repeat index holds it. */
export interface IndexedLine {
  line: Line;
  sentences: Span[];
}

/**
 * Share of a paragraph's word bigrams that must occur in one earlier paragraph for it to count as a repeat.
 * An inserted or changed word costs two bigrams, so a one-word edit of a 15-word sentence still scores ~0.88,
 * while a paragraph that reuses a phrase or two ("comes as Putin is … to test") scores below 0.4.
 */
const NEAR_DUPLICATE = 0.7;
/** Below this many words the shingle score is too coarse; shorter lines must repeat exactly. */
const MIN_SHINGLE_WORDS = 6;

/**
 * Bigrams alone let short list-like lines ("France v Cyprus; Israel v Switzerland") match by recombining
 * pairs; a true repeat also shares longer runs, so half its word trigrams must occur in the earlier line.
 */
const MIN_TRIGRAM_SHARE = 0.5;
/** Share of a near repeat's content words (not function words) that the earlier line must have. */
const MIN_CONTENT_SHARE = 0.75;
const NAME_OR_NUMBER = /^\p{Lu}|\d/u;
/** List items (fixtures, key points, credits) share their template; they only count as repeats when exact. */
const LIST_ITEM = /^(?:[-–—•*·]|\d{1,2}[.)])\s/;

/**
 * A near repeat of one earlier paragraph (or of one of its sentences): most of its bigrams and half its
 * trigrams occur there, and it adds no new names, numbers or nouns.
 */
export function nearRepeat(
  raw: string,
  line: Line,
  ws: readonly string[],
  shingles: ReadonlySet<number>,
  postings: ReadonlyMap<number, IndexedLine[]>,
  ids: WordIds,
  stopwords: ReadonlySet<string>,
): Candidate | undefined {
  if (ws.length < MIN_SHINGLE_WORDS) return undefined;
  const shared = new Map<IndexedLine, number>();
  let best: IndexedLine | undefined;
  let bestShared = 0;
  for (const s of shingles) {
    for (const entry of postings.get(s) ?? []) {
      const n = (shared.get(entry) ?? 0) + 1;
      shared.set(entry, n);
      if (n > bestShared || (n === bestShared && best && entry.line.index < best.line.index)) {
        best = entry;
        bestShared = n;
      }
    }
  }
  if (!best || bestShared / shingles.size < NEAR_DUPLICATE) return undefined;
  const earlierWords = words(best.line.text);
  if (LIST_ITEM.test(line.text) || !sharesRuns(ws, earlierWords)) return undefined;
  if (addsNewContent(line.text, new Set(earlierWords), stopwords)) return undefined;
  return {
    ...lineSpan(line),
    line: line.index,
    reason: 'repeat',
    rule: 'repeat:near',
    duplicateOf: closestSentence(raw, best, shingles, ids) ?? lineSpan(best.line),
  };
}

/** The one sentence of the earlier paragraph that the repeat comes from, when it comes from one. */
function closestSentence(
  raw: string,
  earlier: IndexedLine,
  shingles: ReadonlySet<number>,
  ids: WordIds,
): Span | undefined {
  if (earlier.sentences.length < 2) return undefined;
  let best: { span: Span; score: number } | undefined;
  for (const span of earlier.sentences) {
    const score = containment(shingles, bigrams(words(raw.slice(span.start, span.end)), ids));
    if (!best || score > best.score) best = { span, score };
  }
  return best && best.score >= NEAR_DUPLICATE ? best.span : undefined;
}

function sharesRuns(later: readonly string[], earlier: readonly string[]): boolean {
  const trigrams = (ws: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (let i = 0; i + 2 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
    return out;
  };
  return containment(trigrams(later), trigrams(earlier)) >= MIN_TRIGRAM_SHARE;
}

/**
 * A line that swaps in new names, numbers or several new nouns says something new, however many phrases it
 * shares: "Police arrested two men in Leeds" does not repeat "… in London", nor "… first touch control"
 * "… shooting". An added adjective or adverb ("black armoured vehicles") is not new content.
 */
function addsNewContent(text: string, earlier: ReadonlySet<string>, stopwords: ReadonlySet<string>): boolean {
  let content = 0;
  let missing = 0;
  for (const [i, token] of tokens(text).entries()) {
    const word = token.toLowerCase();
    if (stopwords.has(word)) continue;
    content++;
    if (earlier.has(word)) continue;
    missing++;
    if (i > 0 && NAME_OR_NUMBER.test(token)) return true;
  }
  return content > 0 && (content - missing) / content < MIN_CONTENT_SHARE;
}
