import type { Quote } from '../doc/types.js';
import type { QuoteDraft } from './types.js';
import { inheritSpeakers } from './inherit.js';
import { quotedRange } from './view.js';

/** A refiner reads the drafts (in finder order) and the Doc text, and returns the drafts to keep. */
export type Refiner = (drafts: QuoteDraft[], text: string) => QuoteDraft[];

const inside = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start >= b.start && a.end <= b.end;

/** A quotation inside another (‘…’ within “…”) is part of the outer speaker's words. */
const dropNestedDirect: Refiner = (drafts) => {
  const direct = drafts.filter((d) => d.kind === 'direct');
  return drafts.filter(
    (d) =>
      d.kind !== 'direct' ||
      !direct.some(
        (o) =>
          o !== d &&
          o.mark &&
          d.mark &&
          inside(quotedRange(d.mark), quotedRange(o.mark)) &&
          o.mark.open < d.mark.open,
      ),
  );
};

/** Paragraphs of one running quotation share its speaker: the first attributed paragraph gives it. */
const shareSpeakerAcrossParagraphs: Refiner = (drafts) => {
  const direct = drafts.filter((d) => d.kind === 'direct');
  let chain: QuoteDraft[] = [];
  const settle = (): void => {
    const source = chain.find((d) => d.speaker !== undefined || d.speakerSpan !== undefined);
    if (source) {
      for (const d of chain) {
        if (d === source || d.speakerSpan) continue;
        if (source.speaker) d.speaker = source.speaker;
        if (source.speakerSpan) d.speakerSpan = source.speakerSpan;
        if (source.cue) d.cue = source.cue;
        d.rule = 'direct:continued';
      }
    }
    chain = [];
  };
  for (const d of direct) {
    if (!d.mark?.continuation) settle();
    chain.push(d);
    if (!d.mark?.continues) settle();
  }
  settle();
  return drafts;
};

/** Reported speech whose content is already inside a direct quotation adds nothing. */
const dropIndirectInsideDirect: Refiner = (drafts) => {
  const ranges = drafts.filter((d) => d.kind === 'direct' && d.mark).map((d) => quotedRange(d.mark!));
  return drafts.filter((d) => d.kind !== 'indirect' || !ranges.some((r) => inside(d, r)));
};

/**
 * "The Kremlin said it expected Putin and Trump to meet alone": a cue inside reported speech whose speaker is
 * the outer speaker again adds a second, shorter report of the same words. One from another speaker ("Aides
 * said Putin believes …") is a report of its own and stays.
 */
const dropIndirectInsideSameSpeaker: Refiner = (drafts) => {
  const indirect = drafts.filter((d) => d.kind === 'indirect');
  const sameSpeaker = (a: QuoteDraft, b: QuoteDraft): boolean =>
    a.speaker !== undefined ? a.speaker === b.speaker : a.speakerSpan?.text === b.speakerSpan?.text;
  return drafts.filter(
    (d) =>
      d.kind !== 'indirect' ||
      !indirect.some(
        (o) => o !== d && inside(d, o) && o.end - o.start > d.end - d.start && sameSpeaker(d, o),
      ),
  );
};

/** Two cues reporting the same clause keep the first (table order = text order). */
const dropDuplicateSpans: Refiner = (drafts) => {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.kind}:${d.start}:${d.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * The refiners, in order. Nested quotes go first so a continued chain never sees an inner quote; the
 * chain shares speakers before indirect drafts are compared with direct ranges.
 */
export const REFINERS: readonly Refiner[] = [
  dropNestedDirect,
  shareSpeakerAcrossParagraphs,
  inheritSpeakers,
  dropIndirectInsideDirect,
  dropIndirectInsideSameSpeaker,
  dropDuplicateSpans,
];

/** Runs the refiners and returns plain Quotes in text order. */
export function refine(drafts: QuoteDraft[], text: string): Quote[] {
  const refined = REFINERS.reduce((acc, r) => r(acc, text), drafts);
  return refined.sort((a, b) => a.start - b.start || a.end - b.end).map(({ mark: _mark, ...quote }) => quote);
}
