import type { QuoteDraft } from './types.js';

/**
 * Paragraph starts of a text (the offsets after each line break), found once: searching back from every
 * quote for its line break was quadratic in a long text without any (issue 16).
 */
function paragraphStarts(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  };
}

/** Start of the paragraph before the one starting at `start` (blank lines skipped); -1 for the first. */
function previousParagraphStart(
  text: string,
  start: number,
  paragraphStart: (offset: number) => number,
): number {
  let k = start - 1;
  while (k >= 0 && /\s/u.test(text[k]!)) k--;
  return k < 0 ? -1 : paragraphStart(k);
}

/** Whether `text` between `from` and `to` is blank; reads back from `to` only over the blank part. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && /\s/u.test(text[k]!)) k--;
  return k < from;
}

const attributed = (d: QuoteDraft): boolean => d.speaker !== undefined || d.speakerSpan !== undefined;

/** Where a draft's words open: its opening mark for a direct quote, else its span. */
const openAt = (d: QuoteDraft): number => d.mark?.open ?? d.start;

/**
 * A direct quote with no cue of its own continues the speaker of the report just before it when both are
 * in one paragraph ("“…,” said Fallon. “Both arguments are important.”", "Kennedy said the prince should
 * apologise. “There is a reservoir of goodwill …”"), or when it opens its paragraph and the previous
 * paragraph's last report was attributed (a speaker's quotes running over paragraphs, or a paragraph of
 * quotation after "…, Mr Howard said."). The report before may be a direct quote or reported speech that
 * ends before it, and a quote whose cue is the previous quote's (an attribution splitting a quotation). A
 * quote that follows unattributed text or a cue-less quote inherits nothing; a quote whose own cue names no one (‘The report said: “…”’) keeps its cue; scare quotes never speak.
 */
export function inheritSpeakers(drafts: QuoteDraft[], text: string): QuoteDraft[] {
  let previous: QuoteDraft | undefined;
  const paragraphStart = paragraphStarts(text);
  const inOrder = drafts
    .filter((d) => (d.kind === 'direct' ? !d.scare && d.mark : d.kind === 'indirect'))
    .sort((a, b) => openAt(a) - openAt(b));
  for (const d of inOrder) {
    if (d.kind !== 'direct') {
      if (!previous || previous.kind !== 'direct' || d.start >= previous.end) previous = d;
      continue;
    }
    // "“…,” said Formas, the state director, “and …”": the quote's cue is the one that named the speaker of
    // the part before, so it goes on with that speaker
    const sameCue = d.cue !== undefined && previous?.cue?.start === d.cue.start;
    if (
      !attributed(d) &&
      (!d.cue || sameCue) &&
      previous &&
      attributed(previous) &&
      previous.end <= d.start
    ) {
      const para = paragraphStart(openAt(d));
      const previousPara = paragraphStart(openAt(previous));
      const opensParagraph = onlySpaceBetween(text, para, openAt(d));
      if (
        para === previousPara ||
        (opensParagraph && previousPara === previousParagraphStart(text, para, paragraphStart))
      ) {
        if (previous.speaker) d.speaker = previous.speaker;
        if (previous.speakerSpan) d.speakerSpan = previous.speakerSpan;
        if (previous.cue) d.cue = previous.cue;
        d.rule = 'direct:same-speaker';
      }
    }
    previous = d;
  }
  return drafts;
}
