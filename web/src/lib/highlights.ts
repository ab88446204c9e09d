/**
 * What the article reader highlights: one `Highlight` per span of the Doc, with the label a reader sees on
 * hover or focus. Ranks set nesting: quotes outermost, then findings, entities, places, dates, event cues.
 */
import type { Doc } from '../../../src/doc/types.js';
import type { Mark } from './nest.js';
import { placeRemovals } from './removed.js';

export type HighlightKind = 'quote' | 'scare' | 'finding' | 'entity' | 'place' | 'date' | 'event' | 'removed';

export interface Highlight extends Mark {
  kind: HighlightKind;
  /** Short text for `title` and the focus tooltip. */
  label: string;
  /** Extra class: entity label, quote kind, removal reason. */
  variant: string;
  /** Index of the speaker in `speakerOrder` (quotes only) for the colour. */
  speakerIndex?: number;
  speakerName?: string;
  /** Index of the finding this span belongs to (findings only). */
  finding?: number;
  /** Removed raw text shown at its place (removals only). */
  removedText?: string;
}

/** Nesting order, outermost first. Removals are zero-width insertions and sit innermost. */
const RANK: Record<HighlightKind, number> = {
  quote: 0,
  scare: 0,
  finding: 1,
  entity: 2,
  place: 3,
  date: 4,
  event: 5,
  removed: 6,
};

export interface Speaker {
  id: string;
  name: string;
  quotes: number;
}

/** Speakers in order of their first quote; quotes with no speaker get none. */
export function speakerOrder(doc: Doc): Speaker[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const speakers = new Map<string, Speaker>();
  for (const quote of doc.quotes) {
    if (!quote.speaker || quote.scare) continue;
    const speaker = speakers.get(quote.speaker) ?? {
      id: quote.speaker,
      name: names.get(quote.speaker) ?? quote.speaker,
      quotes: 0,
    };
    speaker.quotes++;
    speakers.set(quote.speaker, speaker);
  }
  return [...speakers.values()];
}

export function buildHighlights(doc: Doc, options: { showRemoved: boolean }): Highlight[] {
  const out: Highlight[] = [];
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name]));
  const speakers = speakerOrder(doc);
  const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
  const placeSpans = new Set(doc.places.map((p) => `${p.start}:${p.end}`));

  doc.quotes.forEach((q, i) => {
    const name = q.speaker ? entityName.get(q.speaker) : undefined;
    out.push({
      // Scare quotes are quoted phrases that are not speech: shown, but not counted as quotes.
      start: q.start,
      end: q.end,
      rank: RANK.quote,
      key: `q${i}`,
      kind: q.scare ? 'scare' : 'quote',
      variant: q.kind,
      label: q.scare
        ? 'Scare quote (a quoted phrase, not speech)'
        : `${q.kind === 'direct' ? 'Direct quote' : 'Indirect quote'} — ${name ?? 'speaker unclear'}`,
      ...(name !== undefined ? { speakerName: name, speakerIndex: speakerIndex.get(q.speaker!) ?? 0 } : {}),
    });
  });
  doc.findings.forEach((f, fi) =>
    f.spans.forEach((s, si) =>
      out.push({
        start: s.start,
        end: s.end,
        rank: RANK.finding,
        key: `f${fi}.${si}`,
        kind: 'finding',
        variant: f.kind,
        label: `${f.kind}: ${f.message}`,
        finding: fi,
      }),
    ),
  );
  doc.mentions.forEach((m, i) => {
    // A place with the same span says more (its resolved name), so the place highlight stands for both.
    if (placeSpans.has(`${m.start}:${m.end}`)) return;
    const name = entityName.get(m.entity);
    out.push({
      start: m.start,
      end: m.end,
      rank: RANK.entity,
      key: `m${i}`,
      kind: 'entity',
      variant: m.label,
      label: `${m.label}${name && name !== m.text ? ` — ${name}` : ''}`,
    });
  });
  doc.places.forEach((p, i) =>
    out.push({
      start: p.start,
      end: p.end,
      rank: RANK.place,
      key: `p${i}`,
      kind: 'place',
      variant: p.featureClass?.slice(0, 1) ?? 'X',
      label: `Place — ${p.name}${p.country ? `, ${p.country}` : ''} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`,
    }),
  );
  doc.timexes.forEach((t, i) =>
    out.push({
      start: t.start,
      end: t.end,
      rank: RANK.date,
      key: `t${i}`,
      kind: 'date',
      variant: t.type,
      label: `${t.type} ${t.value}${t.anchored ? '' : ' (unanchored)'}`,
    }),
  );
  doc.events.forEach((e, i) =>
    out.push({
      start: e.cue.start,
      end: e.cue.end,
      rank: RANK.event,
      key: `e${i}`,
      kind: 'event',
      variant: e.type,
      label: `Event ${e.type}${e.negated ? ' (negated)' : ''}${e.hypothetical ? ' (hypothetical)' : ''}`,
    }),
  );
  if (options.showRemoved) {
    placeRemovals(doc.toRaw, doc.removed, doc.text.length).forEach(({ at, removal }, i) =>
      out.push({
        start: at,
        end: at,
        rank: RANK.removed,
        key: `r${i}`,
        kind: 'removed',
        variant: removal.reason,
        label: `Removed ${removal.reason} (${removal.rule})`,
        removedText: removal.text,
      }),
    );
  }
  return out;
}
