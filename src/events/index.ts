/**
 * Event coding: political events in PLOVER with CAMEO root codes, from the cue table
 * data/events/cues.tsv. Per sentence: finders match cues on tokens; refiners keep the longest of
 * overlapping cues; each cue's row says where its source and target come from; modality markers set
 * `negated`/`hypothetical`; the sentence's timexes and places attach; duplicates merge.
 */
import type { Context } from '../context.js';
import type { Doc, Event } from '../doc/types.js';
import { resolveArguments, type Arguments } from './arguments.js';
import { indexAttachables, placeFor, timeFor, type Attachables } from './attach.js';
import { findCueMatches, type CueMatch } from './match-cues.js';
import { modalityBefore } from './modality.js';
import { longestMatches, mergeDuplicates } from './refiners.js';
import { addEventCodes } from './codes/index.js';
import { eventTables, type EventTables } from './tables.js';
import { sentenceViews, type SentenceView } from './view.js';

export function codeEvents(doc: Doc, ctx: Context): Doc {
  if (doc.tokens.length === 0) return doc;
  const tables = eventTables(ctx);
  const attachables = indexAttachables(doc);
  const events: Event[] = [];
  const lemmaCache = ctx.cache.get('events:lemma-cache', () => new Map<string, readonly string[]>());
  for (const view of sentenceViews(doc, tables.irregular, lemmaCache)) {
    for (const match of longestMatches(findCueMatches(view, tables))) {
      const event = codeOne(doc, view, match, tables, attachables);
      if (event) events.push(event);
    }
  }
  const coded = addEventCodes(doc, mergeDuplicates(events), ctx);
  return { ...doc, events: [...doc.events, ...coded] };
}

function codeOne(
  doc: Doc,
  view: SentenceView,
  match: CueMatch,
  tables: EventTables,
  at: Attachables,
): Event | undefined {
  const { row } = match;
  if (!row.type) return undefined;
  const args = resolveArguments(view, match, tables);
  if (!keeps(row.needs, args)) return undefined;
  const first = view.tokens[match.tokStart]!;
  const last = view.tokens[match.tokEnd - 1]!;
  const cue = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
  const { negated, hypothetical } = modalityBefore(view, match.tokStart, tables);
  const time = timeFor(doc, at.timexes[view.index] ?? [], cue);
  const place = placeFor(doc, at.places[view.index] ?? [], cue);
  return {
    start: view.start,
    end: view.end,
    text: doc.text.slice(view.start, view.end),
    type: row.type,
    ...(row.mode ? { mode: row.mode } : {}),
    cameo: row.cameo,
    ...(args.source ? { source: args.source.entity } : {}),
    ...(args.target ? { target: args.target.entity } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(time !== undefined ? { time } : {}),
    cue,
    sentence: view.index,
    negated,
    hypothetical,
    rule: `events:cue:${row.pattern}/${row.pos}|src:${args.sourceSlot ?? '-'}|tgt:${args.targetSlot ?? '-'}`,
  };
}

/** An event needs an actor; some cues need more (see the `needs` column of cues.tsv). */
function keeps(needs: 'target' | 'anchor' | undefined, args: Arguments): boolean {
  if (!args.source && !args.target) return false;
  if (needs === 'target') return args.target !== undefined;
  if (needs === 'anchor')
    return (
      args.target !== undefined ||
      args.sourceSlot === 'poss' ||
      args.sourceSlot === 'support' ||
      args.sourceSlot === 'plural'
    );
  return true;
}
