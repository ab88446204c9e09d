import type { Diagnostic, Removal, RemovalReason, Span } from '../doc/types.js';
import type { Candidate } from './candidate.js';
import type { Line } from './lines.js';
import type { TextView } from './text-view.js';

/** When one line has several candidates, the first reason here names it. */
const REASON_PRIORITY: readonly RemovalReason[] = ['boilerplate', 'repeat', 'caption'];
/** When too much would go, removals are given back least certain first. */
const RESTORE_ORDER: readonly RemovalReason[] = ['caption', 'repeat', 'boilerplate'];
/** Cleaning must leave at least this share of the text's sentences. */
const MIN_KEPT_SHARE = 0.5;

export interface Resolution {
  removed: Removal[];
  diagnostics: Diagnostic[];
}

/**
 * Turns candidates into removals: one per line (by reason priority), never more than half the sentences,
 * each line taken with its line break and any blank line that would otherwise double up.
 */
export function resolve(view: TextView, candidates: readonly Candidate[]): Resolution {
  const { raw, lines, sentencesOf } = view;
  let chosen = onePerLine(candidates);
  const diagnostics: Diagnostic[] = [];
  const total = lines.reduce((n, l) => n + (l.blank ? 0 : Math.max(1, sentencesOf(l).length)), 0);
  const weight = (c: Candidate): number =>
    c.line === undefined ? 1 : Math.max(1, sentencesOf(lines[c.line]!).length);
  let removedSentences = chosen.reduce((n, c) => n + weight(c), 0);
  if (total > 0 && total - removedSentences < total * MIN_KEPT_SHARE) {
    const before = chosen.length;
    const restorable = [...chosen].sort(
      (a, b) => RESTORE_ORDER.indexOf(a.reason) - RESTORE_ORDER.indexOf(b.reason) || b.start - a.start,
    );
    // Given back as a set, then filtered once: splicing each out was quadratic on a page of repeats.
    const restored = new Set<Candidate>();
    for (const c of restorable) {
      if (total - removedSentences >= total * MIN_KEPT_SHARE) break;
      restored.add(c);
      removedSentences -= weight(c);
    }
    chosen = chosen.filter((c) => !restored.has(c));
    diagnostics.push({
      stage: 'clean',
      message: `cleaning would have left under half of ${total} sentences; kept ${before - chosen.length} of ${before} proposed removals`,
    });
  }
  const ranges = removalRanges(lines, chosen, sentencesOf);
  const removed = chosen
    .map((c): Removal => {
      const { start, end } = ranges.get(c)!;
      return { start, end, text: raw.slice(start, end), reason: c.reason, rule: c.rule, ...dup(c) };
    })
    .sort((a, b) => a.start - b.start);
  return { removed, diagnostics };
}

function dup(c: Candidate): { duplicateOf?: Span } {
  return c.duplicateOf ? { duplicateOf: { start: c.duplicateOf.start, end: c.duplicateOf.end } } : {};
}

function onePerLine(candidates: readonly Candidate[]): Candidate[] {
  const byLine = new Map<number, Candidate>();
  const sentences: Candidate[] = [];
  for (const c of candidates) {
    if (c.line === undefined) {
      sentences.push(c);
      continue;
    }
    const seen = byLine.get(c.line);
    if (!seen || REASON_PRIORITY.indexOf(c.reason) < REASON_PRIORITY.indexOf(seen.reason))
      byLine.set(c.line, c);
  }
  const lineRemoved = (i: number | undefined): boolean => i !== undefined && byLine.has(i);
  return [...byLine.values(), ...sentences.filter((s) => !lineRemoved(s.within))];
}

/**
 * Raw ranges to delete. A removed line goes with its line break; a blank line right after removed lines goes
 * too when the kept text before them already ends a paragraph (start of text or a blank line), so removing a
 * caption between blank lines leaves one blank line, not two. A removed sentence takes the space after it
 * (or, last in its line, the space before it).
 */
function removalRanges(
  lines: readonly Line[],
  chosen: readonly Candidate[],
  sentencesOf: (line: Line) => Span[],
): Map<Candidate, Span> {
  const ranges = new Map<Candidate, Span>();
  const byLine = new Map<number, Candidate>();
  const removedSentenceStarts = new Set(chosen.filter((c) => c.line === undefined).map((c) => c.start));
  // Each line's sentences by start, indexed once: one paragraph may hold a hundred thousand of them.
  const sentenceIndex = new Map<number, { sentences: Span[]; byStart: Map<number, number> }>();
  const indexOf = (within: number) => {
    let entry = sentenceIndex.get(within);
    if (!entry) {
      const sentences = sentencesOf(lines[within]!);
      entry = { sentences, byStart: new Map(sentences.map((s, i) => [s.start, i])) };
      sentenceIndex.set(within, entry);
    }
    return entry;
  };
  for (const c of chosen) {
    if (c.line !== undefined) byLine.set(c.line, c);
    else if (c.within === undefined) ranges.set(c, { start: c.start, end: c.end });
    else {
      const { sentences, byStart } = indexOf(c.within);
      ranges.set(c, sentenceRange(c, sentences, byStart.get(c.start) ?? -1, removedSentenceStarts));
    }
  }
  let atParagraphBreak = true;
  let lastRemoved: Span | undefined;
  for (const line of lines) {
    const c = byLine.get(line.index);
    if (c) {
      lastRemoved = { start: line.start, end: line.next };
      ranges.set(c, lastRemoved);
    } else if (line.blank && atParagraphBreak && lastRemoved) {
      lastRemoved.end = line.next;
    } else {
      lastRemoved = undefined;
      atParagraphBreak = line.blank;
    }
  }
  return ranges;
}

/** Ranges of removed sentences never overlap: the space before a last sentence goes only if its neighbour stays. */
function sentenceRange(
  c: Candidate,
  sentences: readonly Span[],
  i: number,
  removedStarts: ReadonlySet<number>,
): Span {
  const next = sentences[i + 1];
  if (i >= 0 && next) return { start: c.start, end: next.start };
  const previous = sentences[i - 1];
  if (i > 0 && previous && !removedStarts.has(previous.start)) return { start: previous.end, end: c.end };
  return { start: c.start, end: c.end };
}
