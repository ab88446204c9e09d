import { PLURAL_REFERENCES, POSSESSIVE_PRONOUNS } from './actors.js';
import { actorAfter, possessorBefore, supportVerbBefore } from './after.js';
import { ACTOR_ELEMENT, type CueMatch } from './match-cues.js';
import { conjunctHead, isParticipleForm } from './clause-links.js';
import { conjunctBefore, isGenitive, isPassive, subjectBefore } from './subject.js';
import type { EventTables } from './tables.js';
import type { Actor, SentenceView } from './view.js';

/** Source and target of one cue, with the slots that filled them (provenance, and the `needs` check). */
export interface Arguments {
  source?: Actor;
  target?: Actor;
  sourceSlot?: string;
  targetSlot?: string;
  /** The other conjunct of "X and Y <cue>", a target for reciprocal cues. */
  partner?: Actor;
}

/** Fills the cue's source and target slots in the order its table row lists them. */
export function resolveArguments(view: SentenceView, match: CueMatch, tables: EventTables): Arguments {
  const { row, tokStart, tokEnd } = match;
  const passive = row.pos !== 'N' && (isPassive(view, tokStart) || coordinatedPassive(view, tokStart));
  const args: Arguments = {};
  if (passive) {
    // "Zelensky was not invited (by Trump)": the subject receives, the by-phrase acts
    const target = subjectBefore(view, tokStart);
    const agent = actorAfter(view, tokEnd, ['by']);
    if (target) Object.assign(args, { target, targetSlot: 'passive-subj' });
    if (agent) Object.assign(args, { source: agent.actor, sourceSlot: 'by' });
    return args;
  }
  for (const slot of row.sourceSlots) {
    const found = fillSource(view, match, slot, tables);
    if (found) {
      Object.assign(args, found);
      break;
    }
  }
  for (const slot of row.targetSlots) {
    if (slot === 'obj' && row.elements.some((e) => e !== 'gap' && e.includes(ACTOR_ELEMENT))) {
      // "warned Putin to …": the pattern's own `<actor>` is the object
      const inside = view.actors.find((a) => a.tokStart > tokStart && a.tokEnd <= tokEnd);
      if (inside) Object.assign(args, { target: inside, targetSlot: 'obj' });
    } else if (slot === 'mod') {
      // "the Clinton email probe": a bare name modifying the noun is what it is about
      const p = possessorBefore(view, tokStart, tables.venues);
      if (p?.actor && !isGenitive(view, p.actor) && p.actor.entity !== args.source?.entity)
        Object.assign(args, { target: p.actor, targetSlot: 'mod' });
    } else if (slot === 'subj') {
      const subject = subjectBefore(view, tokStart);
      if (subject) Object.assign(args, { target: subject, targetSlot: 'subj' });
    } else {
      const found = actorAfter(view, tokEnd, [slot]);
      // "hosted a meeting with Putin": a support verb's object noun is the event, whose own slots these are
      if (found?.inObject && supportsNoun(view, tokStart, tables)) continue;
      if (found) {
        Object.assign(args, { target: found.actor, targetSlot: found.slot });
        // "talks between Putin and Trump": both ends named after the cue
        if (found.second && !args.source)
          Object.assign(args, { source: found.actor, target: found.second, sourceSlot: 'between' });
      }
    }
    if (args.target) break;
  }
  if (row.reciprocal) reciprocate(view, args);
  if (args.source && args.target && args.source.entity === args.target.entity) delete args.target;
  return args;
}

/** A verb the support-verb table lists ("hold", "host", "launch"): its object noun tells the event. */
function supportsNoun(view: SentenceView, at: number, tables: EventTables): boolean {
  return (view.lemmas[at] ?? []).some((l) => tables.supportVerbs.has(l));
}

/** Tokens that start an object: after one, a participle is an active past tense ("and attacked Biden"). */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** "has not been charged with nor convicted of …": a bare participle coordinated with a passive is passive. */
function coordinatedPassive(view: SentenceView, at: number): boolean {
  const head = conjunctHead(view, at);
  if (head === undefined || !isParticipleForm(view, at) || !isPassive(view, head)) return false;
  return !OBJECT_START.has(view.tokens[at + 1]?.pos ?? '') && !view.actorStartingAt[at + 1];
}

function fillSource(
  view: SentenceView,
  match: CueMatch,
  slot: string,
  tables: EventTables,
): Arguments | undefined {
  const { tokStart, tokEnd } = match;
  if (slot === 'subj') {
    const subject = subjectBefore(view, tokStart);
    return subject ? withConjunct(view, subject) : undefined;
  }
  if (slot === 'gen') {
    // "the FBI's probe", "its investigation": only a genitive or a resolved possessive pronoun acts
    const p = possessorBefore(view, tokStart, tables.venues);
    const a = p?.actor;
    if (a && (isGenitive(view, a) || POSSESSIVE_PRONOUNS.has(a.lower)))
      return { source: a, sourceSlot: 'poss' };
    return undefined;
  }
  if (slot === 'poss') {
    const p = possessorBefore(view, tokStart, tables.venues);
    if (p?.actor)
      return {
        source: p.actor,
        sourceSlot: 'poss',
        ...(p.second ? { target: p.second, targetSlot: 'poss-pair' } : {}),
      };
    if (p?.unresolvedPronoun && PLURAL_REFERENCES.has(p.unresolvedPronoun)) {
      const pair = distinctActorsBefore(view, tokStart, 2);
      if (pair.length === 2)
        return { source: pair[1], target: pair[0], sourceSlot: 'plural', targetSlot: 'plural' };
    } else if (p?.unresolvedPronoun) {
      // "his eagerly awaited meeting" with no pronoun mention: "his" is most often the clause subject
      const subject = subjectBefore(view, tokStart);
      if (subject) return { source: subject, sourceSlot: 'poss' };
    }
    return undefined;
  }
  if (slot === 'support') {
    const verb = supportVerbBefore(view, tokStart, tables.supportVerbs);
    const subject = verb === undefined ? undefined : subjectBefore(view, verb);
    return subject ? { source: subject, sourceSlot: 'support' } : undefined;
  }
  const after = actorAfter(view, tokEnd, [slot]);
  return after ? { source: after.actor, sourceSlot: after.slot } : undefined;
}

/** "Putin and Trump meet": the first conjunct is the source; the second is kept as a reciprocal partner. */
function withConjunct(view: SentenceView, subject: Actor): Arguments {
  const first = conjunctBefore(view, subject);
  return first
    ? { source: first, sourceSlot: 'subj', partner: subject }
    : { source: subject, sourceSlot: 'subj' };
}

/**
 * Meetings, deals and fights are two-sided: with no target named after the cue, a conjoined subject
 * ("X and Y meet") or a plural possessor ("their meeting") supplies the other side.
 */
function reciprocate(view: SentenceView, args: Arguments): void {
  if (args.target) return;
  if (args.partner) {
    args.target = args.partner;
    args.targetSlot = 'conjunct';
    return;
  }
  if (!args.source || !PLURAL_REFERENCES.has(args.source.lower)) return;
  // "their first meeting": the two nearest distinct actors before the pronoun
  const pair = distinctActorsBefore(view, args.source.tokStart, 2);
  if (pair.length === 2)
    Object.assign(args, { source: pair[1], target: pair[0], sourceSlot: 'plural', targetSlot: 'plural' });
}

/** The n nearest distinct actors before `at`, people first: "their meeting" after "Xi met Modi in Tianjin" is Xi and Modi. */
function distinctActorsBefore(view: SentenceView, at: number, n: number): Actor[] {
  const all: Actor[] = [];
  for (let k = view.actors.length - 1; k >= 0; k--) {
    const a = view.actors[k]!;
    if (a.tokEnd <= at && !PLURAL_REFERENCES.has(a.lower) && !all.some((o) => o.entity === a.entity))
      all.push(a);
  }
  const people = all.filter((a) => a.mention.label === 'PERSON');
  return (people.length >= n ? people : all).slice(0, n);
}
