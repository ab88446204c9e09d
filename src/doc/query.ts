import type { Doc, Entity, Mention, Sentence, Span } from './types.js';

/** Index of the sentence containing `offset` (binary search; -1 when outside every sentence). */
export function sentenceIndexAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sent = s[mid]!;
    if (offset < sent.start) hi = mid - 1;
    else if (offset >= sent.end) lo = mid + 1;
    else return mid;
  }
  return -1;
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
