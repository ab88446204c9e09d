import { isBaseForm, markerCovering, predicateModality, supposedSentence } from './modality-scopes.js';
import type { EventTables } from './tables.js';
import type { SentenceView } from './view.js';

/** How far back from the cue modality markers are looked for. */
export const WINDOW = 8;
export const STOP_TEXT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '–', '—', '"', '“', '”']);

/** Words between a verb and the noun it takes: "called for [new] talks", "demanded [Russia's] withdrawal". */
const PREMODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON']);

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  /** Under a directive ("demanded that the US prove", "urged Israel to withdraw"): the content of a request. */
  directed?: boolean;
}

/**
 * Negation and hypotheticality of the cue at `cueStart`, from markers in data/events/modality.tsv: in its
 * own clause before it (the walk back stops at clause punctuation, a conjunction, or a verb that is not itself
 * a marker: "was not invited and has openly resisted": "not" does not reach "resisted"), inherited from the
 * verb that governs it (an infinitive's governor, a noun's support verb, the first of coordinated
 * infinitives), from a supposition opening the sentence, and for a noun from the verb group it is subject of.
 */
export function modalityBefore(view: SentenceView, cueStart: number, tables: EventTables): Modality {
  const result = clauseModality(view, cueStart, tables);
  if (isYesNoQuestion(view) || supposedSentence(view, tables)) result.hypothetical = true;
  if (view.tokens[cueStart]?.pos === 'NOUN' && predicateModality(view, cueStart, tables))
    result.hypothetical = true;
  const infinitive = infinitiveGovernor(view, cueStart);
  // the governor itself may be a marker: "expected Putin and Trump to meet"
  // … or a directive: "urged Israel to withdraw", "called for the prisoners to be released"
  for (const scope of ['clause', 'mandative'] as const) {
    const marker =
      infinitive === undefined ? undefined : markerCovering(view, infinitive, cueStart, tables, scope);
    if (marker) result[marker] = true;
    if (marker && scope === 'mandative') result.directed = true;
  }
  for (const governor of governors(view, cueStart, tables)) {
    // the cue is in its governor's scope: "if the US makes a choice to pull back", "was not invited to
    // attend", "demanding Obama make a pledge", "will be unable to turn … and accuse" (every governor is
    // before the cue, so the recursion ends)
    const inherited = modalityBefore(view, governor, tables);
    if (inherited.negated) result.negated = true;
    if (inherited.hypothetical) result.hypothetical = true;
  }
  return result;
}

/** Markers in the cue's own clause, walking back from it. */
function clauseModality(view: SentenceView, cueStart: number, tables: EventTables): Modality {
  const result: Modality = { negated: false, hypothetical: false };
  // a directive makes unreal a bare verb after it ("demanding Obama make", "demanded that the US stop") or
  // the noun it takes ("called for talks"), not a noun further off ("demanded an apology for the attack")
  const base = isBaseForm(view, cueStart);
  let object = view.tokens[cueStart]?.pos === 'NOUN';
  for (let i = cueStart - 1; i >= 0 && i >= cueStart - WINDOW; i--) {
    const t = view.tokens[i]!;
    if (STOP_TEXT.has(t.text)) break;
    // a conjunction closes the clause, but "nor" is itself a marker: "has not been charged with nor convicted"
    const effect = markerCovering(view, i, cueStart, tables, 'clause');
    if (effect) result[effect] = true;
    const directive = base || object ? markerCovering(view, i, cueStart, tables, 'mandative') : undefined;
    if (directive) {
      result[directive] = true;
      result.directed = true;
    }
    if (!PREMODIFIERS.has(t.pos)) object = false;
    if (t.pos === 'CCONJ') break;
    // a subordinator or a verb closes the clause; a marker verb ("prepares to", "expected to") counts first
    if (t.pos === 'SCONJ' || t.pos === 'VERB') break;
  }
  return result;
}

/** Auxiliaries that open a yes/no question: "Do you support Trump?", "Will Putin meet Zelensky?". */
const QUESTION_OPENERS = new Set(
  'do does did will would can could should shall is are was were has have had may might must'.split(' '),
);

/** A yes/no question asserts nothing happened; a wh-question ("Why did X attack Y?") presupposes it did. */
function isYesNoQuestion(view: SentenceView): boolean {
  const last = view.tokens[view.tokens.length - 1]?.text;
  return last === '?' && QUESTION_OPENERS.has(view.lower[0] ?? '');
}

/** The verbs whose scope the cue is in (token indices, all before the cue). */
function governors(view: SentenceView, cueStart: number, tables: EventTables): number[] {
  const out: number[] = [];
  const infinitive = infinitiveGovernor(view, cueStart);
  if (infinitive !== undefined) {
    out.push(infinitive);
  }
  if (view.tokens[cueStart]?.pos === 'NOUN') {
    // "will find it difficult to repeat his attacks", "did not attend the meeting"
    const support = supportVerbOf(view, cueStart, tables);
    if (support !== undefined) out.push(support);
  }
  const first = coordinatedInfinitive(view, cueStart);
  if (first !== undefined) out.push(first);
  return out;
}

/**
 * The support verb whose object the noun at `nounStart` is: "repeat his attacks", "attend the summit". The
 * walk crosses the noun's premodifiers, an actor among them too ("his", "Trump's"), unlike the source
 * resolver's walk, which stops at an actor because that actor is then the source.
 */
function supportVerbOf(view: SentenceView, nounStart: number, tables: EventTables): number | undefined {
  for (let i = nounStart - 1; i >= 0 && i >= nounStart - 5; i--) {
    const t = view.tokens[i]!;
    if (t.pos === 'VERB')
      return (view.lemmas[i] ?? []).some((l) => tables.supportVerbs.has(l)) ? i : undefined;
    if (!PREMODIFIERS.has(t.pos)) return undefined;
  }
  return undefined;
}

/**
 * "expected Putin and Trump to meet", "urged Israel to withdraw": for a cue in the infinitive, the verb
 * that governs it across its subject (the nearest verb before, in the same clause).
 */
function infinitiveGovernor(view: SentenceView, cueStart: number): number | undefined {
  // a passive infinitive too: "called for the prisoners to be released"
  const to = view.lower[cueStart - 1] === 'be' ? cueStart - 2 : cueStart - 1;
  if (view.lower[to] !== 'to') return undefined;
  for (let i = to - 1; i >= 0 && i >= cueStart - WINDOW; i--) {
    const t = view.tokens[i]!;
    if (t.pos === 'VERB') return i;
    if (STOP_TEXT.has(t.text)) return undefined;
  }
  return undefined;
}

/**
 * "unable to turn the crowds against them and accuse the audience": a bare verb right after "and"/"or"
 * coordinated with an earlier infinitive in the same clause is that infinitive's second verb.
 */
function coordinatedInfinitive(view: SentenceView, cueStart: number): number | undefined {
  if (view.tokens[cueStart - 1]?.pos !== 'CCONJ' || !isBaseForm(view, cueStart)) return undefined;
  for (let i = cueStart - 2; i >= 1 && i >= cueStart - 2 * WINDOW; i--) {
    const t = view.tokens[i]!;
    if (STOP_TEXT.has(t.text) || t.pos === 'SCONJ') return undefined;
    if (view.lower[i - 1] === 'to' && t.pos === 'VERB') return i;
  }
  return undefined;
}
