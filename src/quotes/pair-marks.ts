import type { Diagnostic } from '../doc/types.js';
import { findMarks, type Mark, type MarkFamily } from './marks.js';
import type { DirectSpan } from './types.js';

interface Paragraph {
  start: number;
  end: number;
  marks: Mark[];
}

function paragraphs(text: string, marks: Mark[]): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let k = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const own: Mark[] = [];
    while (k < marks.length && marks[k]!.offset < end) own.push(marks[k++]!);
    if (end > start) out.push({ start, end, marks: own });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** True when a later unambiguous close of the family comes before its next opening mark. */
function laterCloseFirst(marks: Mark[], from: number, family: MarkFamily): boolean {
  for (let i = from + 1; i < marks.length; i++) {
    const m = marks[i]!;
    if (m.family !== family) continue;
    if (m.role === 'open') return false;
    if (m.role === 'close') return true;
  }
  return false;
}

/** Trims whitespace inside the marks; undefined when nothing is left. */
function content(text: string, from: number, to: number): { start: number; end: number } | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * An opening mark while a quote of its family is still open, right after the end of a sentence inside
 * it (`"… difficult to grasp. "Yet Britain's …"`): the text ran two quoted paragraphs together and kept
 * the reopening mark, so the open quote ends there and this mark continues it. Anywhere else a second
 * opening mark is a stray one and the earlier mark is dropped.
 */
function endsQuotedParagraph(text: string, pending: Mark, mark: Mark): boolean {
  const inside = text.slice(pending.offset + (pending.width ?? 1), mark.offset);
  return /[.!?…]\s+$/u.test(inside) && /\p{L}/u.test(inside);
}

/**
 * Pairs quotation marks into quotes, one paragraph at a time. A paragraph that leaves a quote open and is
 * followed by one that starts with an opening mark of the same family continues the quote (news style:
 * the closing mark comes only after the last quoted paragraph); its span ends at the paragraph end.
 */
export function findDirectSpans(text: string, diagnostics: Diagnostic[]): DirectSpan[] {
  const spans: DirectSpan[] = [];
  const paras = paragraphs(text, findMarks(text));
  const carried: Record<MarkFamily, boolean> = { double: false, single: false };
  paras.forEach((para, p) => {
    /** The paragraph's first mark of its family, opened while the previous paragraph's quote ran on. */
    const isCarried = (m: Mark): boolean =>
      carried[m.family] && m === para.marks.find((o) => o.family === m.family);
    const open: Partial<Record<MarkFamily, Mark>> = {};
    /** Opening marks that reopen a quote whose paragraph break the text lost. */
    const reopens = new Set<Mark>();
    para.marks.forEach((mark, i) => {
      const pending = open[mark.family];
      if (mark.role === 'open') {
        if (pending && endsQuotedParagraph(text, pending, mark)) {
          const c = content(text, pending.offset + (pending.width ?? 1), mark.offset);
          const continuation = reopens.has(pending) || isCarried(pending);
          if (c) spans.push({ ...c, open: pending.offset, continues: true, continuation });
          reopens.add(mark);
        } else if (pending)
          diagnostics.push({
            stage: 'quotes',
            message: 'quote reopened before it closed',
            span: { start: pending.offset, end: mark.offset },
          });
        open[mark.family] = mark;
        return;
      }
      if (!pending) return; // a closing mark with nothing open: a possessive or a stray mark
      if (mark.role === 'close-or-possessive' && laterCloseFirst(para.marks, i, mark.family)) return;
      const c = content(text, pending.offset + (pending.width ?? 1), mark.offset);
      const continuation = reopens.has(pending) || isCarried(pending);
      // `close` is the mark's last character, so the words after it start after `close`
      const close = mark.offset + (mark.width ?? 1) - 1;
      if (c) spans.push({ ...c, open: pending.offset, close, continues: false, continuation });
      delete open[mark.family];
    });
    const next = paras[p + 1];
    for (const family of ['double', 'single'] as const) {
      const pending = open[family];
      const wasCarried = carried[family];
      carried[family] = false;
      if (!pending) continue;
      const reopened = next?.marks[0];
      const nextOpens =
        !!next &&
        !!reopened &&
        reopened.family === family &&
        reopened.role === 'open' &&
        text.slice(next.start, reopened.offset).trim() === '';
      const c = content(text, pending.offset + (pending.width ?? 1), para.end);
      const continuation =
        reopens.has(pending) || (wasCarried && pending === para.marks.find((m) => m.family === family));
      if (nextOpens || family === 'double') {
        if (c) spans.push({ ...c, open: pending.offset, continues: nextOpens, continuation });
        if (!nextOpens)
          diagnostics.push({
            stage: 'quotes',
            message: 'quote not closed by the end of its paragraph',
            span: { start: pending.offset, end: para.end },
          });
        carried[family] = nextOpens;
      } else {
        diagnostics.push({
          stage: 'quotes',
          message: 'single quotation mark never closed',
          span: { start: pending.offset, end: pending.offset + 1 },
        });
      }
    }
  });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
