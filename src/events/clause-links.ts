import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { GENITIVE, POSSESSIVE_PRONOUNS } from './actors.js';
import { possessorBefore } from './after.js';
import type { Actor, SentenceView } from './view.js';

/**
 * Where a cue's subject is found when the cue's own clause does not name it: an infinitive takes it from the
 * verb that governs it, a coordinated verb from its first conjunct. These are the links; `subjectBefore`
 * follows them.
 */
export interface ClauseTables {
  /** Object-control verbs and the particles that may introduce their object (`''` = a direct object). */
  controlVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns of messages whose author is the source of a participle after them ("tweets accusing …"). */
  messageNouns: ReadonlySet<string>;
}

export const NO_CLAUSE_TABLES: ClauseTables = { controlVerbs: new Map(), messageNouns: new Set() };

export function loadClauseTables(): ClauseTables {
  const controlVerbs = new Map<string, Set<string>>();
  for (const r of readTsv(dataFile('events', 'control-verbs.tsv'))) {
    const lemma = (r['lemma'] ?? '').toLowerCase();
    const particle = r['particle'] && r['particle'] !== '-' ? r['particle'].toLowerCase() : '';
    controlVerbs.set(lemma, (controlVerbs.get(lemma) ?? new Set()).add(particle));
  }
  const messageNouns = new Set(
    readTsv(dataFile('events', 'message-nouns.tsv')).map((r) => (r['lemma'] ?? '').toLowerCase()),
  );
  return { controlVerbs, messageNouns };
}

/** What an infinitive's subject is: an actor or nobody named (`object`), or the subject of verb `verb`. */
export type InfinitiveLink =
  { kind: 'object'; actor: Actor | undefined } | { kind: 'governor'; verb: number };

/** How far back (tokens) from "to" the governing verb may stand: "encouraging his supporters at a rally in Ohio to". */
const MAX_OBJECT_SPAN = 14;
/** Tokens an object (with its prepositional phrases) between a verb and "to" may consist of. */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADP', 'PART', 'CCONJ']);

/** The "to" of an infinitive cue: "to meet", "to not meet", "to stop attacking" (a catenative verb between). */
function infinitiveMarker(view: SentenceView, at: number): number | undefined {
  let i = at - 1;
  while (i >= 0 && (view.tokens[i]!.pos === 'ADV' || view.lower[i] === 'not')) i--;
  if (view.lower[i] === 'to' && view.tokens[i]!.pos === 'PART') return i;
  if (view.tokens[i]?.pos === 'VERB' && view.lower[i - 1] === 'to') return i - 1;
  return undefined;
}

/**
 * The link of an infinitive cue to its governing verb. With nothing between verb and "to" ("wants to meet",
 * "was invited to meet") the infinitive shares the verb's subject. With an object between, an object-control
 * verb ("urged Putin to withdraw", "called on Trump to apologize") gives the object as subject, or no named
 * subject when the object is not an actor ("urged his supporters to ask"); any other verb governs a purpose
 * clause ("sued the United States to resist the wall"), whose subject is the verb's own.
 */
export function infinitiveLink(
  view: SentenceView,
  at: number,
  tables: ClauseTables,
): InfinitiveLink | undefined {
  if (view.tokens[at]?.pos !== 'VERB') return undefined;
  const to = infinitiveMarker(view, at);
  if (to === undefined) return undefined;
  let verb = to - 1;
  while (verb >= 0 && to - verb <= MAX_OBJECT_SPAN) {
    const t = view.tokens[verb]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (!OBJECT_POS.has(t.pos) && !GENITIVE.has(t.text) && !view.actorEndingAt[verb]) return undefined;
    verb--;
  }
  if (verb < 0 || view.tokens[verb]!.pos !== 'VERB') return undefined;
  if (verb === to - 1) return { kind: 'governor', verb };
  const particles = (view.lemmas[verb] ?? []).map((l) => tables.controlVerbs.get(l)).find(Boolean);
  if (!particles) return { kind: 'governor', verb };
  let start = verb + 1;
  const particle = view.lower[start] ?? '';
  if (view.tokens[start]?.pos === 'ADP' || particle === 'to') {
    // "called on Trump to …" is control; "sent troops to Syria to fight" is not the particle case
    if (!particles.has(particle)) return { kind: 'governor', verb };
    start++;
  } else if (!particles.has('')) return { kind: 'governor', verb };
  return { kind: 'object', actor: objectActor(view, start, to) };
}

/**
 * The actor heading the object between `start` and `to`: the actor right before "to" when the object is a
 * list of names ("expected Putin and Trump to meet"), else one right at the start after determiners and
 * adjectives ("urged fellow Republicans to"). Undefined for a possessed or role noun ("his supporters").
 */
function objectActor(view: SentenceView, start: number, to: number): Actor | undefined {
  const last = view.actorEndingAt[to - 1];
  let i = start;
  while (
    i < to &&
    (view.tokens[i]!.pos === 'DET' || view.tokens[i]!.pos === 'ADJ') &&
    !view.actorStartingAt[i]
  )
    i++;
  const first = view.actorStartingAt[i];
  const usable = (a: Actor | undefined): a is Actor =>
    a !== undefined &&
    !a.roleModifier &&
    !GENITIVE.has(view.tokens[a.tokEnd]?.text ?? '') &&
    !POSSESSIVE_PRONOUNS.has(a.lower);
  if (usable(last) && first && last.tokStart >= first.tokStart && listOfActors(view, first, last))
    return last;
  if (usable(first) && first.tokEnd === to) return first;
  return undefined;
}

/** "Putin and Trump", "Putin, Xi and Modi": only actors, commas and conjunctions from `first` to `last`. */
function listOfActors(view: SentenceView, first: Actor, last: Actor): boolean {
  for (let i = first.tokEnd; i < last.tokStart; i++) {
    const a = view.actorStartingAt[i];
    if (a) {
      i = a.tokEnd - 1;
      continue;
    }
    if (view.tokens[i]!.pos !== 'CCONJ' && view.tokens[i]!.text !== ',') return false;
  }
  return true;
}

const COORDINATORS = new Set(['and', 'or', 'nor']);
const CLAUSE_STOP = new Set([';', ':', '(', ')', '—', '–']);
/** How far back from the conjunction the first conjunct's verb may stand. */
const MAX_CONJUNCT_SPAN = 14;

/** A verb's form, which its conjuncts share: "-ing", a past form ("charged", "met") or the base form. */
function verbForm(view: SentenceView, i: number): 'ing' | 'past' | 'base' {
  const word = view.lower[i] ?? '';
  if (/ing$/.test(word)) return 'ing';
  return isParticipleForm(view, i) ? 'past' : 'base';
}

/**
 * "has not been charged with nor convicted", "to stop attacking Machado and apologize": a verb right after a
 * conjunction, with no subject of its own, shares the subject (and voice) of the verb of the same form
 * before the conjunction; "urged Republicans to join …, and criticized" pairs "criticized" with "urged", not
 * with the infinitive between. Returns that verb's index.
 */
export function conjunctHead(view: SentenceView, at: number): number | undefined {
  if (view.tokens[at]?.pos !== 'VERB') return undefined;
  let i = at - 1;
  while (i >= 0 && view.tokens[i]!.pos === 'ADV') i--;
  if (!COORDINATORS.has(view.lower[i] ?? '')) return undefined;
  const form = verbForm(view, at);
  for (let j = i - 1; j >= 0 && i - j <= MAX_CONJUNCT_SPAN; j--) {
    const t = view.tokens[j]!;
    if (CLAUSE_STOP.has(t.text) || t.pos === 'SCONJ') return undefined;
    if (t.pos === 'VERB' && verbForm(view, j) === form) return j;
  }
  return undefined;
}

/** A past participle form ("convicted", "taken", "sent"): the one a coordinated passive repeats. */
export function isParticipleForm(view: SentenceView, i: number): boolean {
  return view.tokens[i]?.pos === 'VERB' && /(ed|en|wn|t)$/.test(view.lower[i] ?? '');
}

const AUX_OR_ADVERB = new Set(['AUX', 'ADV']);

/**
 * "after it backed Clinton": a subject "it" that coreference left unresolved stands for the nearest
 * organisation or country named before it in the sentence; with none it is nobody named, and the search
 * must not skip it for an earlier actor ("the British people decided to leave, and so it requested").
 * Returns 'none' when the cue's subject is not a bare "it".
 */
export function itSubject(view: SentenceView, at: number): Actor | undefined | 'none' {
  let i = at - 1;
  while (i >= 0 && (AUX_OR_ADVERB.has(view.tokens[i]!.pos) || view.lower[i] === 'not')) i--;
  if (view.lower[i] !== 'it' || view.actorEndingAt[i]) return 'none';
  for (let k = view.actors.length - 1; k >= 0; k--) {
    const a = view.actors[k]!;
    if (a.tokEnd > i || a.roleModifier) continue;
    if (a.mention.label === 'ORG' || a.mention.label === 'GPE') return a;
  }
  return undefined;
}

/**
 * "Trump's early-morning tweets accusing Machado": a participle right after a message noun has the message's
 * author (its genitive or a resolved possessive) as subject. 'none' when the cue is not such a participle or
 * the message has no named author, so that "Trump issued a statement accusing …" still finds Trump.
 */
export function messageAuthor(view: SentenceView, at: number, tables: ClauseTables): Actor | 'none' {
  const noun = at - 1;
  if (view.tokens[at]?.pos !== 'VERB' || !/ing$/.test(view.lower[at] ?? '')) return 'none';
  if (view.tokens[noun]?.pos !== 'NOUN') return 'none';
  if (!(view.lemmas[noun] ?? []).some((l) => tables.messageNouns.has(l))) return 'none';
  // the possessor of the noun phrase ending at the noun: walk back from its first modifier
  const author = possessorBefore(view, noun)?.actor;
  if (!author) return 'none';
  const genitive = GENITIVE.has(view.tokens[author.tokEnd]?.text ?? '');
  return genitive || POSSESSIVE_PRONOUNS.has(author.lower) ? author : 'none';
}
