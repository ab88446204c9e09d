import type { QuoteDraft } from './types.js';

/** Start of the paragraph holding `offset` (the text after the last line break before it). */
function paragraphStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Start of the paragraph before the one starting at `start` (blank lines skipped); -1 for the first. */
function previousParagraphStart(text: string, start: number): number {
  let k = start - 1;
  while (k >= 0 && /\s/u.test(text[k]!)) k--;
  return k < 0 ? -1 : paragraphStart(text, k);
}

const attributed = (d: QuoteDraft): boolean => d.speaker !== undefined || d.speakerSpan !== undefined;

/**
 * A direct quote with no cue of its own continues the speaker of the quote just before it when both are
 * in one paragraph ("“…,” said Fallon. “Both arguments are important.”"), or when it opens its paragraph
 * and the previous paragraph's last quote was attributed (a speaker's quotes running over paragraphs
 * that each close their marks). A quote that follows unattributed text or a cue-less quote inherits
 * nothing; scare quotes never speak.
 */
export function inheritSpeakers(drafts: QuoteDraft[], text: string): QuoteDraft[] {
  let previous: QuoteDraft | undefined;
  for (const d of drafts) {
    if (d.kind !== 'direct' || d.scare || !d.mark) continue;
    if (!attributed(d) && previous && attributed(previous) && previous.mark) {
      const para = paragraphStart(text, d.mark.open);
      const previousPara = paragraphStart(text, previous.mark.open);
      const opensParagraph = text.slice(para, d.mark.open).trim() === '';
      if (para === previousPara || (opensParagraph && previousPara === previousParagraphStart(text, para))) {
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
