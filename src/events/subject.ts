import { GENITIVE, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS } from './actors.js';
import { ownClauseEndsBetween, SUBORDINATORS, type ClauseWord } from '../util/clauses.js';
import { conjunctHead, infinitiveLink, itSubject, messageAuthor } from './clause-links.js';
import type { Actor, SentenceView } from './view.js';

/** How far back (tokens) a subject may stand from its verb: long appositions are common in news. */
const MAX_SUBJECT_DISTANCE = 30;
const BOUNDARY = new Set([';', ':', '(', ')']);

/** True when the token after the actor is a genitive marker ("Trump’s Treasury Department"). */
export function isGenitive(view: SentenceView, actor: Actor): boolean {
  return GENITIVE.has(view.tokens[actor.tokEnd]?.text ?? '');
}

/**
 * The actor in subject position nearest before token `at`: the latest actor that is not a possessive,
 * genitive or object pronoun, and is not the object of a verb or preposition. An actor directly followed
 * by a verb is a clause subject whatever precedes it ("as Putin prepares", "in which Trump berated").
 */
export function subjectBefore(view: SentenceView, at: number): Actor | undefined {
  const head = conjunctHead(view, at);
  if (head !== undefined) return subjectBefore(view, head);
  const link = infinitiveLink(view, at, view.clauses);
  if (link?.kind === 'object') return link.actor;
  if (link?.kind === 'governor') return subjectBefore(view, link.verb);
  const relative = relativeAntecedent(view, at);
  if (relative !== 'none') return relative && (appositiveHead(view, relative) ?? relative);
  const author = messageAuthor(view, at, view.clauses);
  if (author !== 'none') return author;
  const reporter = reportingSubject(view, at);
  if (reporter) return reporter;
  const it = itSubject(view, at);
  // "Hamas said it would …": the speaker's own statement, as for a named subject after a speech verb
  if (it !== 'none') return it && !speechVerbBetween(view, it.tokEnd, at) ? it : undefined;
  for (let k = view.actors.length - 1; k >= 0; k--) {
    const actor = view.actors[k]!;
    if (actor.tokEnd > at) continue;
    if (at - actor.tokEnd > MAX_SUBJECT_DISTANCE) return undefined;
    if (crossesBoundary(view, actor.tokEnd, at)) return undefined;
    if (institutionSubject(view, actor, at)) return actor;
    if (POSSESSIVE_PRONOUNS.has(actor.lower) || OBJECT_PRONOUNS.has(actor.lower) || isGenitive(view, actor))
      continue;
    if (insideParenthetical(view, actor, at)) continue;
    // "Scheiderman, a Democrat whose office …, has been investigating": the description is not the actor
    if (appositiveHead(view, actor)) continue;
    // "the South Carolina senator criticized …": the subject is the unnamed senator, not the state
    if (actor.roleModifier && isClauseSubjectPhrase(view, actor, at)) return undefined;
    if (subjectOfOwnClause(view, actor, at)) continue;
    // "Trump said Clinton's aides lied": the speaker says, the cue belongs to the reported clause
    if (speechVerbBetween(view, actor.tokEnd, at)) return undefined;
    if (isClauseSubject(view, actor, at)) return actor;
  }
  return undefined;
}

/** "Poland's parliament has demanded": the country acts through its institution, which heads the subject. */
function institutionSubject(view: SentenceView, actor: Actor, at: number): boolean {
  const end = actor.institutionEnd;
  if (end === undefined || end > at) return false;
  const next = view.tokens[nextNonAdverb(view, end)]?.pos;
  if (next !== 'VERB' && next !== 'AUX') return false;
  return !speechVerbBetween(view, end, at) && !crossesBoundary(view, end, at);
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const AUX_CHAIN = new Set(['AUX', 'ADV', 'PART']);

/**
 * "the women who have accused him": a cue opening a relative clause (relative pronoun, then only
 * auxiliaries and adverbs) takes the antecedent right before the pronoun as its subject, and no actor at
 * all when the antecedent is not one ("the women" is not an entity, so Trump further back is not it).
 * 'none' when the cue does not open a relative clause.
 */
function relativeAntecedent(view: SentenceView, at: number): Actor | undefined | 'none' {
  let i = at - 1;
  while (i >= 0 && AUX_CHAIN.has(view.tokens[i]!.pos) && !RELATIVE_PRONOUNS.has(view.lower[i] ?? '')) i--;
  if (i < 1 || !RELATIVE_PRONOUNS.has(view.lower[i] ?? '')) return 'none';
  let j = i - 1;
  if (view.tokens[j]?.text === ',') j--;
  const antecedent = view.actorEndingAt[j];
  // "that" after a verb is a complementiser ("said that … "), not a relative pronoun
  if (view.lower[i] === 'that' && !antecedent && view.tokens[j]?.pos === 'VERB') return 'none';
  return antecedent;
}

/** Lemmas of verbs that report speech or thought: their subject is the speaker, not the actor of the report. */
const SPEECH_VERBS = new Set([
  'say',
  'said',
  'tell',
  'told',
  'claim',
  'insist',
  'argue',
  'add',
  'note',
  'announce',
  'state',
  'write',
  'wrote',
  'report',
  'believe',
  'think',
  'thought',
  'allege',
  'suggest',
  'contend',
  'assert',
  'explain',
  'recall',
]);

/** Tokens between a speech verb and the reported clause's pronoun: "said on Friday (that)", "announced today". */
const REPORT_GAP = new Set(['ADV', 'NOUN', 'PROPN', 'ADP', 'NUM', 'SCONJ']);

/**
 * "Nigeria announced that it will withdraw …", "the rebels said they would release …": an unresolved "it" or
 * "they" opening the clause a speech verb reports is the speaker (an organisation, country or group, not a
 * person); the speech verb's own subject is the cue's. Undefined when the cue's subject is not such a pronoun.
 */
function reportingSubject(view: SentenceView, at: number): Actor | undefined {
  let i = at - 1;
  while (i >= 0 && AUX_CHAIN.has(view.tokens[i]!.pos) && view.lower[i] !== 'to') i--;
  const pronoun = view.lower[i];
  if ((pronoun !== 'it' && pronoun !== 'they') || view.actorEndingAt[i]) return undefined;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const t = view.tokens[j]!;
    if (t.pos === 'VERB') {
      if (!(view.lemmas[j] ?? []).some((l) => SPEECH_VERBS.has(l))) return undefined;
      const speaker = subjectBefore(view, j);
      return speaker && speaker.mention.label !== 'PERSON' ? speaker : undefined;
    }
    if (!REPORT_GAP.has(t.pos) || view.actorEndingAt[j]) return undefined;
  }
  return undefined;
}

/**
 * A speech verb between the actor and the cue with nothing coordinating them: "X said Y lied", not
 * "X claimed to have met" (catenative) nor "X noted his frustration and warned" (the same subject, coordinated).
 */
function speechVerbBetween(view: SentenceView, from: number, to: number): boolean {
  let speech = false;
  for (let i = from; i < to; i++) {
    const t = view.tokens[i]!;
    if (t.pos === 'CCONJ') speech = false;
    if (t.pos !== 'VERB' || view.lower[i + 1] === 'to') continue;
    if ((view.lemmas[i] ?? []).some((l) => SPEECH_VERBS.has(l))) speech = true;
  }
  return speech;
}

/**
 * "… if he does not accept a ceasefire – but also agreed to see him": the actor opens a subordinate clause
 * with its own verb, which ends before the cue, so it is not the cue's subject.
 */
function subjectOfOwnClause(view: SentenceView, actor: Actor, at: number): boolean {
  if (!SUBORDINATORS.has(view.lower[actor.tokStart - 1] ?? '')) return false;
  const between: ClauseWord[] = [];
  for (let i = actor.tokEnd; i < at; i++)
    between.push({ lower: view.lower[i] ?? '', pos: view.tokens[i]!.pos });
  return ownClauseEndsBetween(between);
}

/** How far back a parenthetical relative clause may open before an actor inside it. */
const MAX_PARENTHETICAL = 25;

/**
 * "Westmacott, who also served in Iran, Turkey and France, praised Obama": an actor inside a relative clause
 * set off by commas, which closes before the cue, is not the cue's subject (the antecedent before it is).
 */
function insideParenthetical(view: SentenceView, actor: Actor, at: number): boolean {
  let closes = false;
  for (let i = actor.tokEnd; i < at; i++) if (view.tokens[i]!.text === ',') closes = true;
  if (!closes) return false;
  for (let i = actor.tokStart - 1; i >= 1 && i >= actor.tokStart - MAX_PARENTHETICAL; i--) {
    if (BOUNDARY.has(view.tokens[i]!.text)) return false;
    if ((view.lower[i] === 'who' || view.lower[i] === 'which') && view.tokens[i - 1]!.text === ',')
      return true;
  }
  return false;
}

/** A role phrase ("the GOP nominee") in subject position: not the object of a verb or a preposition. */
function isClauseSubjectPhrase(view: SentenceView, actor: Actor, at: number): boolean {
  const before = governorBefore(view, actor.tokStart);
  return before !== 'ADP' && before !== 'VERB' && at > actor.tokEnd;
}

function crossesBoundary(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BOUNDARY.has(view.tokens[i]!.text)) return true;
  return false;
}

function isClauseSubject(view: SentenceView, actor: Actor, at: number): boolean {
  const next = nextNonAdverb(view, actor.tokEnd);
  const nextPos = view.tokens[next]?.pos;
  if (nextPos === 'AUX') return true;
  if (nextPos === 'VERB') return !participleAdjunct(view, actor, next);
  // "expected Putin and Trump to meet", "urged X to withdraw": the object of the first verb is the subject
  // of the infinitive right after it.
  // Not the object of a preposition: "goes to Louisiana to meet the victims" (Louisiana meets no one),
  // unless the preposition belongs to a verb of appeal: "called on Trump to stop attacking"
  const before = governorBefore(view, actor.tokStart);
  if (view.lower[actor.tokEnd] === 'to' && at - actor.tokEnd <= 2)
    return before !== 'ADP' || appealParticleBefore(view, actor.tokStart);
  return before !== 'ADP' && before !== 'VERB';
}

/** Prepositions whose object is the subject of a participle after it ("with Russia attacking Ukraine"). */
const ABSOLUTE_PREPOSITIONS = new Set(['with', 'without']);

/**
 * "Howard has written to Blair demanding an explanation": an -ing participle right after the object of a
 * verb or preposition is an adjunct of the main clause, whose subject it shares; the object is not its subject.
 */
function participleAdjunct(view: SentenceView, actor: Actor, verb: number): boolean {
  if (!/ing$/.test(view.lower[verb] ?? '') || ABSOLUTE_PREPOSITIONS.has(view.lower[actor.tokStart - 1] ?? ''))
    return false;
  return governorBefore(view, actor.tokStart) !== undefined;
}

const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * "Scheiderman, a Democrat whose office …": a party or nationality noun in an apposition to a named person
 * describes that person. Returns the person, or undefined when the actor is not such a description.
 */
function appositiveHead(view: SentenceView, actor: Actor): Actor | undefined {
  if (actor.mention.label !== 'NORP') return undefined;
  let i = actor.tokStart - 1;
  while (i > 0 && view.tokens[i]!.pos === 'ADJ') i--;
  if (!APPOSITIVE_DETERMINERS.has(view.lower[i] ?? '') || view.tokens[i - 1]?.text !== ',') return undefined;
  const head = view.actorEndingAt[i - 2];
  return head?.mention.label === 'PERSON' ? head : undefined;
}

/** Verbs whose preposition takes the one appealed to: "call on", "appeal to", "prevail upon", "press on". */
const APPEAL_VERBS = new Set(['call', 'appeal', 'prevail', 'press', 'count', 'rely', 'wait']);

function appealParticleBefore(view: SentenceView, start: number): boolean {
  const particle = start - 1;
  if (view.tokens[particle]?.pos !== 'ADP') return false;
  return (view.lemmas[particle - 1] ?? []).some((l) => APPEAL_VERBS.has(l));
}

function nextNonAdverb(view: SentenceView, i: number): number {
  while (i < view.tokens.length && view.tokens[i]!.pos === 'ADV') i++;
  return i;
}

/**
 * What governs the noun phrase ending in the actor: walk back over its determiners, adjectives and
 * title words ("with the top Russian official", "blamed predecessor Joe Biden") to the first other token.
 * Returns 'ADP' (object of a preposition), 'VERB' (object of a verb) or undefined.
 */
function governorBefore(view: SentenceView, start: number): 'ADP' | 'VERB' | undefined {
  for (let i = start - 1, steps = 0; i >= 0 && steps < 4; i--, steps++) {
    const t = view.tokens[i]!;
    // "in Iran, Turkey and France": a later conjunct of a list has the first one's governor
    const conjunct = (t.pos === 'CCONJ' || t.text === ',') && i > 0 ? view.actorEndingAt[i - 1] : undefined;
    if (conjunct) {
      i = conjunct.tokStart;
      steps = 0;
      continue;
    }
    if (t.pos === 'ADP') return 'ADP';
    if (t.pos === 'VERB') return 'VERB';
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos) || view.actorEndingAt[i]) return undefined;
  }
  return undefined;
}

/** "Putin and Trump": the actor joined to this one by "and" just before it. */
export function conjunctBefore(view: SentenceView, actor: Actor): Actor | undefined {
  const and = actor.tokStart - 1;
  if (view.lower[and] !== 'and' && view.lower[and] !== '&') return undefined;
  return view.actorEndingAt[and - 1];
}

/** A passive verb: a form of "be"/"get" (adverbs and "not" may intervene) right before the cue. */
export function isPassive(view: SentenceView, cueStart: number): boolean {
  const t = view.tokens[cueStart];
  if (!t || t.pos !== 'VERB' || !/(ed|en|wn|t)$/.test(view.lower[cueStart] ?? '')) return false;
  for (let i = cueStart - 1; i >= 0 && i >= cueStart - 3; i--) {
    const lemmas = view.lemmas[i] ?? [];
    if (lemmas.includes('be') || lemmas.includes('get')) return true;
    if (view.tokens[i]!.pos !== 'ADV' && view.tokens[i]!.pos !== 'PART') return false;
  }
  return false;
}
