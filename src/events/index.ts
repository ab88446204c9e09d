/**
 * Event coding: political events in PLOVER with CAMEO root codes. Per sentence: candidates are the cue
 * table's matches (data/events/cues.tsv, longest wins, blockers hide what they cover) and the content
 * verbs no cue covers; each gets its source and target from the clause syntax (arguments.ts) and its
 * modality from the markers in scope (modality.ts); the trained decision layer (decide.ts, model in
 * models/) gives each its event type or none; the sentence's timexes and places attach; duplicates merge.
 */
import type { Context } from '../context.js';
import type { Doc, Event } from '../doc/types.js';
import type { Arguments } from './arguments.js';
import { indexAttachables, placeFor, timeFor, type Attachables } from './attach.js';
import { sentenceCandidates, type Candidate } from './candidates.js';
import type { EventModel } from './classifier.js';
import { decide, type Decision } from './decide.js';
import type { WordForm } from './lemma.js';
import { eventModel } from './model.js';
import { addEventCodes } from './codes/index.js';
import { mergeDuplicates } from './refiners.js';
import { eventTables } from './tables.js';
import { verbalSenses, withVerbalSense, type VerbalSense } from './verbal.js';
import { dictionaryScope, unnamedScope, withEvents } from './unnamed-entities.js';
import { sentenceViews, type SentenceView } from './view.js';
import { verbPatterns } from './verb-patterns.js';
import { userVerbDecision } from './user-verbs.js';

export function codeEvents(doc: Doc, ctx: Context): Doc {
  if (doc.tokens.length === 0) return doc;
  const candidates = eventCandidates(doc, ctx, true);
  const events = eventsFromCandidates(doc, candidates, eventModel(ctx), verbalSenses(ctx));
  // unnamed actors ("police in Lagos") become entities first: the actor codes read their role and country
  const withActors = withEvents(doc, candidates, events);
  const added = withActors.events.slice(doc.events.length);
  const coded = addEventCodes(withActors, added, ctx);
  // withEvents returns a new Doc of its own: its events are replaced, not the whole Doc copied again
  withActors.events = [...doc.events, ...coded];
  return withActors;
}

/**
 * Every candidate of every sentence, in text order (the benchmark reuses them across models). With
 * `actorsOnly`, none from a sentence without actors: every argument is one of its view's actors, and a
 * candidate without one is never kept (candidateKept), so such a sentence tells no event.
 */
export function eventCandidates(doc: Doc, ctx: Context, actorsOnly = false): Candidate[] {
  const tables = eventTables(ctx);
  const vp = verbPatterns(ctx);
  // a loop, not flatMap (Node 20's flatMap is slow: ~8 % of the stage on BBC articles)
  const candidates: Candidate[] = [];
  for (const view of documentViews(doc, ctx))
    if (!actorsOnly || view.actors.length > 0)
      for (const c of sentenceCandidates(view, tables, vp)) candidates.push(c);
  return candidates;
}

/** The sentence views the stage reads: tokens, lemmas and actors (named, unnamed, dictionary) per sentence. */
export function documentViews(doc: Doc, ctx: Context): SentenceView[] {
  const tables = eventTables(ctx);
  const formCache = ctx.cache.get('events:word-forms', () => new Map<string, WordForm>());
  return sentenceViews(
    doc,
    tables.irregular,
    formCache,
    tables.personRoles,
    tables.institutions,
    unnamedScope(doc, ctx),
    tables.clauses,
    dictionaryScope(doc, ctx),
  );
}

export function eventsFromCandidates(
  doc: Doc,
  candidates: readonly Candidate[],
  model: EventModel | undefined,
  senses: ReadonlyMap<string, VerbalSense>,
): Event[] {
  const attachables = indexAttachables(doc);
  const events: Event[] = [];
  for (const c of candidates) {
    if (!candidateKept(c)) continue;
    // the user's own verb dictionary decides where it lists the verb (user-verbs.ts)
    const user = userVerbDecision(c);
    const decision = user === undefined ? decide(c, model) : user;
    if (decision) events.push(toEvent(doc, withVerbalSense(decision, senses), attachables));
  }
  return mergeDuplicates(events);
}

function toEvent(doc: Doc, d: Decision, at: Attachables): Event {
  const { view, match, args, modality } = d.candidate;
  const first = view.tokens[match.tokStart]!;
  const last = view.tokens[match.tokEnd - 1]!;
  const cue = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
  const time = timeFor(doc, at.timexes[view.index] ?? [], cue);
  const place = placeFor(doc, at.places[view.index] ?? [], cue);
  return {
    start: view.start,
    end: view.end,
    text: doc.text.slice(view.start, view.end),
    type: d.type,
    ...(d.mode ? { mode: d.mode } : {}),
    cameo: d.cameo,
    // the verb dictionary's finer code, where it falls under the decided root (codes/ fills the rest)
    ...(d.candidate.dictCode?.startsWith(d.cameo) && d.candidate.dictCode.length > 2
      ? { code: d.candidate.dictCode }
      : {}),
    ...(args.source ? { source: args.source.entity } : {}),
    ...(args.target ? { target: args.target.entity } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(time !== undefined ? { time } : {}),
    cue,
    sentence: view.index,
    negated: modality.negated,
    hypothetical: modality.hypothetical,
    confidence: Math.round(d.confidence * 1000) / 1000,
    rule: `events:${d.candidate.kind}:${match.row.pattern}/${match.row.pos}|src:${args.sourceSlot ?? '-'}|tgt:${args.targetSlot ?? '-'}`,
  };
}

/** An event needs an actor; some cues need more (see the `needs` column of cues.tsv). */
export function candidateKept(c: Candidate): boolean {
  const args: Arguments = c.args;
  if ((!args.source && !args.target) || c.bystanderOnly) return false;
  const needs = c.match.row.needs;
  if (needs === 'target')
    return args.target !== undefined || c.literalSubject === true || c.countedTarget === true;
  if (needs === 'anchor')
    return (
      args.target !== undefined ||
      args.sourceSlot === 'poss' ||
      args.sourceSlot === 'support' ||
      args.sourceSlot === 'plural'
    );
  return true;
}
