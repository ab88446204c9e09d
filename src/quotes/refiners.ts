import type { Quote } from '../doc/types.js';
import type { QuoteDraft } from './types.js';
import { containers } from './containment.js';
import { inheritSpeakers } from './inherit.js';
import { quotedRange } from './view.js';

/** A refiner reads the drafts (in finder order) and the Doc text, and returns the drafts to keep. */
export type Refiner = (drafts: QuoteDraft[], text: string) => QuoteDraft[];

/**
 * A quotation inside another (‘…’ within “…”) is part of the outer speaker's words. A quoted range starts at
 * its opening mark, so one opened earlier holds this one when it ends no earlier: a sweep in order of
 * opening with the furthest end so far, not a comparison of every pair (thousands of quotes, issue 16).
 */
const dropNestedDirect: Refiner = (drafts) => {
  const opened = drafts
    .filter((d) => d.kind === 'direct' && d.mark)
    .sort((a, b) => a.mark!.open - b.mark!.open);
  const nested = new Set<QuoteDraft>();
  let furthestEnd = -Infinity;
  for (let i = 0; i < opened.length;) {
    // Quotes opened at one mark are not inside each other: each group is compared with earlier marks only.
    let j = i;
    while (j < opened.length && opened[j]!.mark!.open === opened[i]!.mark!.open) j++;
    const group = opened.slice(i, j);
    for (const d of group) if (furthestEnd >= quotedRange(d.mark!).end) nested.add(d);
    for (const d of group) furthestEnd = Math.max(furthestEnd, quotedRange(d.mark!).end);
    i = j;
  }
  return drafts.filter((d) => !nested.has(d));
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
  const quoted = containers(
    drafts.filter((d) => d.kind === 'direct' && d.mark).map((d) => quotedRange(d.mark!)),
  );
  return drafts.filter((d) => d.kind !== 'indirect' || !quoted.hold(d));
};

/**
 * "The Kremlin said it expected Putin and Trump to meet alone": a cue inside reported speech whose speaker is
 * the outer speaker again adds a second, shorter report of the same words. One from another speaker ("Aides
 * said Putin believes …") is a report of its own and stays. A draft with a speaker entity is compared with
 * reports by that entity, one without with reports whose speaker span reads the same.
 */
const dropIndirectInsideSameSpeaker: Refiner = (drafts) => {
  const indirect = drafts.filter((d) => d.kind === 'indirect');
  const bySpeaker = groupContainers(indirect, (o) => (o.speaker !== undefined ? [o.speaker] : []));
  const bySpanText = groupContainers(indirect, (o) => [o.speakerSpan?.text]);
  return drafts.filter((d) => {
    if (d.kind !== 'indirect') return true;
    const same = d.speaker !== undefined ? bySpeaker.get(d.speaker) : bySpanText.get(d.speakerSpan?.text);
    return !same?.hold(d, true);
  });
};

/** Containers of the drafts grouped by the keys `keysOf` gives each. */
function groupContainers<K>(
  drafts: readonly QuoteDraft[],
  keysOf: (d: QuoteDraft) => K[],
): Map<K, ReturnType<typeof containers>> {
  const groups = new Map<K, QuoteDraft[]>();
  for (const d of drafts) {
    for (const key of keysOf(d)) {
      const group = groups.get(key);
      if (group) group.push(d);
      else groups.set(key, [d]);
    }
  }
  return new Map([...groups].map(([key, group]) => [key, containers(group)]));
}

/**
 * "The senator said it was “a mistake” to use private email": a quotation inside reported speech is the
 * reported speaker's words. A direct quote left with no speaker of its own takes the speaker of the
 * attributed report that holds it. One sweep in order of start with the report reaching furthest so far.
 */
const shareReportSpeaker: Refiner = (drafts) => {
  const reports = drafts
    .filter((d) => d.kind === 'indirect' && (d.speaker !== undefined || d.speakerSpan !== undefined))
    .sort((a, b) => a.start - b.start);
  const orphans = drafts
    .filter((d) => d.kind === 'direct' && !d.scare && d.speaker === undefined && !d.speakerSpan)
    .sort((a, b) => a.start - b.start);
  let next = 0;
  let reaching: QuoteDraft | undefined;
  for (const d of orphans) {
    while (next < reports.length && reports[next]!.start <= d.start) {
      const r = reports[next++]!;
      if (!reaching || r.end > reaching.end) reaching = r;
    }
    if (!reaching || reaching.end < d.end) continue;
    if (reaching.speaker !== undefined) d.speaker = reaching.speaker;
    if (reaching.speakerSpan) d.speakerSpan = reaching.speakerSpan;
    if (reaching.cue) d.cue = reaching.cue;
    d.rule = 'direct:in-report';
  }
  return drafts;
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
 * chain shares speakers before indirect drafts are compared with direct ranges; a cue-less quote inherits
 * from the report before it once reports inside quotations are gone, and one inside a report from that report.
 */
export const REFINERS: readonly Refiner[] = [
  dropNestedDirect,
  shareSpeakerAcrossParagraphs,
  dropIndirectInsideDirect,
  inheritSpeakers,
  shareReportSpeaker,
  dropIndirectInsideSameSpeaker,
  dropDuplicateSpans,
];

/** Runs the refiners and returns plain Quotes in text order. */
export function refine(drafts: QuoteDraft[], text: string): Quote[] {
  const refined = REFINERS.reduce((acc, r) => r(acc, text), drafts);
  return refined.sort((a, b) => a.start - b.start || a.end - b.end).map(({ mark: _mark, ...quote }) => quote);
}
