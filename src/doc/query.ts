import type { Doc, Entity, Mention, Sentence, Span } from './types.js';

/** Index of the span containing `offset` among sorted, disjoint spans (binary search; -1 when in none). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the sentence containing `offset` (-1 when outside every sentence). */
export function sentenceIndexAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  return spanIndexAt(doc.sentences, offset);
}

/** First index of sorted, disjoint spans whose `side` (`start` or `end`) is not before `offset` (binary search). */
function firstFrom(spans: readonly Span[], offset: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![side] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token ending after `offset`: the token holding it, or the next one. */
export function tokenEndingAfter(tokens: readonly Span[], offset: number): number {
  return firstFrom(tokens, offset + 1, 'end');
}

/** Index of the first token starting at or after `offset`. */
export function tokenStartingFrom(tokens: readonly Span[], offset: number): number {
  return firstFrom(tokens, offset, 'start');
}

export function sentenceAt(doc: Pick<Doc, 'sentences'>, offset: number): Sentence | undefined {
  const i = sentenceIndexAt(doc, offset);
  return i >= 0 ? doc.sentences[i] : undefined;
}

/** Mentions lying wholly inside `span`, in text order. */
export function mentionsIn(doc: Pick<Doc, 'mentions'>, span: Span): Mention[] {
  return doc.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}

export function entityById(doc: Pick<Doc, 'entities'>, id: string | undefined): Entity | undefined {
  return id === undefined ? undefined : doc.entities.find((e) => e.id === id);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A span with its text, sliced from the doc. */
export function textSpan(doc: Pick<Doc, 'text'>, span: Span): { start: number; end: number; text: string } {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}
