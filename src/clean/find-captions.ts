import type { Candidate } from './candidate.js';
import { CAPTION_EVIDENCE, captionShape, type CaptionShape } from './caption-shape.js';
import type { Layout } from './layout.js';
import { lineSpan, type Line } from './lines.js';
import type { CleanRules } from './rules.js';
import type { TextView } from './text-view.js';
import { contentWords } from './words.js';

/**
 * Photo captions: caption-shaped lines that carry a caption cue ("Pictured: …", "(Photo: …)") or repeat or
 * paraphrase a body paragraph (anywhere in the article: captions often precede the text they illustrate).
 */
export function findCaptions(
  view: TextView,
  layout: Layout,
  skip: ReadonlySet<number>,
  rules: CleanRules,
): Candidate[] {
  const shaped: { line: Line; shape: CaptionShape; content: Set<string> }[] = [];
  const body: { line: Line; content: Set<string> }[] = [];
  let previous: Line | undefined;
  for (const line of view.lines) {
    if (line.blank || skip.has(line.index)) continue;
    const ws = view.wordsOf(line);
    const content = contentWords(ws, rules.stopwords);
    const next = nextNonBlank(view.lines, line.index, skip);
    const fragment = notACaption(line, ws, view.sentencesOf(line).length, next, rules.stopwords);
    const shape = fragment ? undefined : captionShape(line, ws.length, layout, previous, next);
    previous = line;
    if (shape) shaped.push({ line, shape, content });
    else body.push({ line, content });
  }
  if (shaped.length === 0) return [];
  const index = indexByWord(body);
  const found: Candidate[] = [];
  for (const { line, shape, content } of shaped) {
    const match = bestMatch(content, index);
    const cue = rules.captionCues.find((r) => r.pattern.test(line.text));
    const evidence = CAPTION_EVIDENCE[shape];
    const paraphrase =
      match !== undefined &&
      content.size >= evidence.minContentWords &&
      match.shared / content.size >= evidence.minOverlap;
    if (!cue && !paraphrase) continue;
    found.push({
      ...lineSpan(line),
      line: line.index,
      reason: 'caption',
      rule: cue ? cue.rule : `caption:paraphrase-${shape}`,
      ...(paraphrase && match ? { duplicateOf: lineSpan(match.line) } : {}),
    });
  }
  return withBlockMates(found, shaped, layout);
}

/**
 * A set-apart block is one caption: when one of its lines is confirmed (often the credit line, "Name/AFP"),
 * its other lines (the description) go with it.
 */
function withBlockMates(
  found: Candidate[],
  shaped: readonly { line: Line; shape: CaptionShape }[],
  layout: Layout,
): Candidate[] {
  const confirmed = new Set(found.map((c) => c.line));
  const setApart = new Set(shaped.filter((s) => s.shape === 'set-apart').map((s) => s.line.index));
  const mates: Candidate[] = [];
  for (const c of found) {
    if (!setApart.has(c.line!)) continue;
    for (const mate of layout.places.get(c.line!)?.block ?? []) {
      if (confirmed.has(mate.index) || !setApart.has(mate.index)) continue;
      confirmed.add(mate.index);
      mates.push({ ...lineSpan(mate), line: mate.index, reason: 'caption', rule: 'caption:same-block' });
    }
  }
  return [...found, ...mates].sort((a, b) => a.start - b.start);
}

const LIST_ITEM = /^(?:[-–—•*·]|\d{1,2}[.)])\s/;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** A line that carries on a sentence: starts in lower case or with a comma, semicolon or closing bracket. */
const CONTINUES = /^(?:\p{Ll}|[,;:)\]])/u;

/**
 * Lines shaped like captions that are something else: list items, several sentences, or pieces of a sentence
 * broken across lines by a scraper (starts in lower case, ends on a function word, or the next line carries on).
 */
function notACaption(
  line: Line,
  ws: readonly string[],
  sentenceCount: number,
  next: Line | undefined,
  stopwords: ReadonlySet<string>,
): boolean {
  if (LIST_ITEM.test(line.text) || sentenceCount > 1 || STARTS_LOWER_CASE.test(line.text)) return true;
  const last = ws[ws.length - 1];
  return (last !== undefined && stopwords.has(last)) || (next !== undefined && CONTINUES.test(next.text));
}

function nextNonBlank(lines: readonly Line[], after: number, skip: ReadonlySet<number>): Line | undefined {
  for (let i = after + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.blank && !skip.has(i)) return line;
  }
  return undefined;
}

type WordIndex = Map<string, Line[]>;

function indexByWord(body: readonly { line: Line; content: Set<string> }[]): WordIndex {
  const index: WordIndex = new Map();
  for (const { line, content } of body) {
    for (const w of content) {
      const list = index.get(w);
      if (list) list.push(line);
      else index.set(w, [line]);
    }
  }
  return index;
}

/** The body line sharing most content words with `content` (first such line on ties). */
function bestMatch(
  content: ReadonlySet<string>,
  index: WordIndex,
): { line: Line; shared: number } | undefined {
  const counts = new Map<Line, number>();
  let best: { line: Line; shared: number } | undefined;
  for (const w of content) {
    for (const line of index.get(w) ?? []) {
      const n = (counts.get(line) ?? 0) + 1;
      counts.set(line, n);
      if (!best || n > best.shared || (n === best.shared && line.index < best.line.index))
        best = { line, shared: n };
    }
  }
  return best;
}
