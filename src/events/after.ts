import { CLAUSE_PUNCTUATION } from './match-cues.js';
import { GENITIVE, POSSESSIVE_PRONOUNS } from './actors.js';
import type { Actor, SentenceView } from './view.js';

/** How far after the cue (tokens) a target may stand. */
const MAX_TARGET_DISTANCE = 10;
/** A direct object stands right after its verb, allowing a title or two ("blamed predecessor Joe Biden"). */
const MAX_OBJECT_DISTANCE = 3;
const STOP_POS = new Set(['VERB', 'SCONJ', 'CCONJ']);

export interface Found {
  actor: Actor;
  /** The slot that matched: `obj` or the preposition. */
  slot: string;
  /** For `between X and Y`: the second actor. */
  second?: Actor;
  /** Reached in a phrase completing the object noun ("an offer from X"), not in the slot itself. */
  inObject?: true;
}

/**
 * The first actor after token `from` that fills one of `slots`: `obj` (right after the cue, no verb or
 * preposition between) or a preposition ("with", "on", "to" …) heading the phrase the actor is in.
 * Stops at clause punctuation, a verb, or a conjunction: the target belongs to the cue's own clause.
 */
export function actorAfter(view: SentenceView, from: number, slots: readonly string[]): Found | undefined {
  if (slots.length === 0) return undefined;
  for (const entry of actorsReached(view, from)) {
    if ('asDescription' in entry) {
      if (slots.includes('as')) continue;
      return undefined;
    }
    const { actor, slot } = entry;
    // "criticized the GOP nominee": the object is the unnamed nominee, not the party
    if (actor.roleModifier) return undefined;
    // "rejected an offer from Kabul": a phrase completing the object noun fills the object slot too
    const fits =
      slot !== undefined && (slots.includes(slot) || (entry.inObject === true && slots.includes('obj')));
    if (fits && !POSSESSIVE_PRONOUNS.has(actor.lower)) {
      const second = slot === 'between' ? conjunctAfter(view, actor) : undefined;
      if (second) return { actor, slot, second };
      return entry.inObject && !slots.includes(slot) ? { actor, slot, inObject: true } : { actor, slot };
    }
  }
  return undefined;
}

/**
 * An actor the walk after a cue reaches, with the slot it stands in there (none: too far for an object), or
 * the spot where a describing "as" stands.
 */
type Reached = { actor: Actor; slot: string | undefined; inObject?: true } | { asDescription: true };

/**
 * The walk after each token, once per sentence view: a cue's slots are tried one by one ("obj", then
 * "against", "with" …), each over the same tokens. The views are not changed once built.
 */
const walksOfView = new WeakMap<SentenceView, (readonly Reached[] | undefined)[]>();

function actorsReached(view: SentenceView, from: number): readonly Reached[] {
  let walks = walksOfView.get(view);
  if (!walks) walksOfView.set(view, (walks = []));
  let reached = walks[from];
  if (!reached) walks[from] = reached = walkAfter(view, from);
  return reached;
}

function walkAfter(view: SentenceView, from: number): Reached[] {
  const reached: Reached[] = [];
  let preposition: string | undefined;
  // "demanded the removal of Habyarimana": an "of" phrase completing the object noun is in the object slot
  let objectOf = false;
  // "rejected calls by Kofi Annan", "threatened action against Russia": a phrase completing the object noun
  let objectPhrase = false;
  const last = Math.min(view.tokens.length, from + MAX_TARGET_DISTANCE);
  for (let i = from; i < last; i++) {
    const t = view.tokens[i]!;
    const actor = view.actorStartingAt[i];
    if (actor) {
      const slot = preposition ?? (objectOf || i - from <= MAX_OBJECT_DISTANCE ? 'obj' : undefined);
      reached.push(objectPhrase && preposition ? { actor, slot, inObject: true } : { actor, slot });
      if (actor.roleModifier) break;
      i = actor.tokEnd - 1;
      continue;
    }
    // "demanded that Hamas renounce …": the subject of a that-clause right after the cue is reached in the
    // `that` slot, which only demands list (the clause's verb ends the walk)
    if (reached.length === 0 && preposition === undefined && view.lower[i] === 'that' && t.pos === 'SCONJ') {
      preposition = 'that';
      continue;
    }
    if (CLAUSE_PUNCTUATION.has(t.text) || STOP_POS.has(t.pos)) break;
    // "dismissed the criticism as the voice of Mr. X's client": "as" opens a description, not an argument,
    // unless the cue takes an `as` slot; the walk is shared by all slots, so it only marks the spot
    if (view.lower[i] === 'as' && view.lower[i - 1] !== 'such') reached.push({ asDescription: true });
    if (t.pos === 'ADP' && view.lower[i] === 'of' && ofCompletesNoun(view, i, from, preposition)) {
      // "talks with the president of Armenia", "the deputy chief of Israel's militia": the "of" phrase
      // names whose the noun of the phrase before it is, so it keeps that phrase's slot
      if (preposition === undefined) objectOf = true;
      continue;
    }
    if (t.pos === 'ADP' || (t.pos === 'PART' && view.lower[i] === 'to')) {
      objectPhrase =
        preposition === undefined &&
        OBJECT_PHRASES.has(view.lower[i] ?? '') &&
        ofCompletesNoun(view, i, from, undefined);
      preposition = view.lower[i];
    }
  }
  return reached;
}

/** Prepositions of a phrase completing an object noun: its author ("an offer from"), whom it is aimed at. */
const OBJECT_PHRASES = new Set(['from', 'by', 'against', 'with', 'on', 'to']);

/** What a noun completed by "of" may be tagged: "the deputy chief of" is often read with an adjective. */
const OF_HEAD_POS = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * An "of" right after the head noun of the cue's object, or of the noun of the phrase the walk is in: the
 * object noun must stand within an object's reach of the cue ("demanded the immediate removal of …").
 */
function ofCompletesNoun(
  view: SentenceView,
  at: number,
  from: number,
  preposition: string | undefined,
): boolean {
  // the cue's own "of" ("investigation of X") is its slot, not a noun's complement
  if (at <= from || !OF_HEAD_POS.has(view.tokens[at - 1]?.pos ?? '') || view.actorEndingAt[at - 1])
    return false;
  return preposition !== undefined || at - 1 - from <= MAX_OBJECT_DISTANCE;
}

function conjunctAfter(view: SentenceView, actor: Actor): Actor | undefined {
  const and = view.lower[actor.tokEnd];
  return and === 'and' || and === '&' ? view.actorStartingAt[actor.tokEnd + 1] : undefined;
}

/** Tokens a noun's pre-modifiers may consist of: "his eagerly awaited first face-to-face meeting". */
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NUM', 'NOUN']);

export interface Possessor {
  actor?: Actor;
  /** "the Putin-Trump summit": the second name of a hyphenated pair. */
  second?: Actor;
  /** A possessive pronoun with no mention behind it ("his" unresolved): callers fall back to the subject. */
  unresolvedPronoun?: string;
}

/**
 * The possessor of an event noun: a possessive pronoun, a genitive ("Putin’s visit"), or a national or
 * organisational modifier ("Russian offensive", "NATO summit"), found by walking back over the noun's
 * modifiers. A venue among the modifiers (`venues`: "White House meeting") is walked over, not taken.
 */
export function possessorBefore(
  view: SentenceView,
  nounStart: number,
  venues: ReadonlySet<string> = new Set(),
): Possessor | undefined {
  for (let i = nounStart - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
    const actor = view.actorEndingAt[i];
    // "a February 28 White House meeting": a venue modifying the noun is where, not who
    // "the Oklahoma City bombing", "the Benghazi attack": a city or state modifying the noun is where too
    if (
      actor &&
      (venues.has(actor.mention.text.toLowerCase()) || actor.subnational === true) &&
      !GENITIVE.has(view.tokens[i + 1]?.text ?? '')
    ) {
      i = actor.tokStart;
      continue;
    }
    if (actor) {
      const hyphen = actor.tokStart - 1;
      const first = view.tokens[hyphen]?.text === '-' ? view.actorEndingAt[hyphen - 1] : undefined;
      return first ? { actor: first, second: actor } : { actor };
    }
    const t = view.tokens[i]!;
    if (POSSESSIVE_PRONOUNS.has(view.lower[i] ?? '')) return { unresolvedPronoun: view.lower[i] ?? '' };
    if (t.text === '-') {
      i--; // a hyphenated compound ("face-to-face"): skip the word before the hyphen too
      continue;
    }
    if (GENITIVE.has(t.text) || MODIFIER_POS.has(t.pos) || isParticiple(view, i)) continue;
    return undefined;
  }
  return undefined;
}

/** "awaited", "anticipated", "planned": participles used as adjectives before a noun. */
function isParticiple(view: SentenceView, i: number): boolean {
  return view.tokens[i]!.pos === 'VERB' && /(ed|en)$/.test(view.lower[i] ?? '');
}

/** A support verb ("held talks", "launched an offensive") governing the noun at `nounStart`, as a token index. */
export function supportVerbBefore(
  view: SentenceView,
  nounStart: number,
  supportVerbs: ReadonlySet<string>,
): number | undefined {
  let preposition: string | undefined;
  for (let i = nounStart - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
    const t = view.tokens[i]!;
    // "responded with attacks": a verb with a preposition is listed with it (`respond with`)
    const lemmas = view.lemmas[i] ?? [];
    if (t.pos === 'VERB')
      return lemmas.some((l) => supportVerbs.has(l) || supportVerbs.has(`${l} ${preposition}`))
        ? i
        : undefined;
    if (t.pos === 'ADP') preposition = view.lower[i];
    if (view.actorEndingAt[i] || CLAUSE_PUNCTUATION.has(t.text)) return undefined;
  }
  return undefined;
}
