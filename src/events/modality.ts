import type { EventTables } from './tables.js';
import type { SentenceView } from './view.js';

/** How far back from the cue modality markers are looked for. */
const WINDOW = 8;
const STOP_TEXT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '–', '—', '"', '“', '”']);

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
}

/**
 * Negation and hypotheticality of the cue at `cueStart`, from markers in data/events/modality.tsv found
 * in its own clause before it: the walk back stops at clause punctuation, a conjunction, or a verb that is
 * not itself a marker ("was not invited and has openly resisted": "not" does not reach "resisted").
 */
export function modalityBefore(view: SentenceView, cueStart: number, tables: EventTables): Modality {
  const result: Modality = { negated: false, hypothetical: false };
  for (let i = cueStart - 1; i >= 0 && i >= cueStart - WINDOW; i--) {
    const t = view.tokens[i]!;
    if (STOP_TEXT.has(t.text)) break;
    // a conjunction closes the clause, but "nor" is itself a marker: "has not been charged with nor convicted"
    const effect = markerCovering(view, i, cueStart, tables);
    if (effect) result[effect] = true;
    if (t.pos === 'CCONJ') break;
    // a subordinator or a verb closes the clause; a marker verb ("prepares to", "expected to") counts first
    if (t.pos === 'SCONJ' || t.pos === 'VERB') break;
  }
  if (isYesNoQuestion(view)) result.hypothetical = true;
  const governor = infinitiveGovernor(view, cueStart);
  if (governor !== undefined) {
    const effect = markerCovering(view, governor, cueStart, tables);
    if (effect) result[effect] = true;
    // the infinitive is in its governor's scope: "if the US makes a choice to pull back", "was not
    // invited to attend" (the governor is before the cue, so the recursion ends)
    const inherited = modalityBefore(view, governor, tables);
    if (inherited.negated) result.negated = true;
    if (inherited.hypothetical) result.hypothetical = true;
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

/**
 * "expected Putin and Trump to meet", "urged Israel to withdraw": for a cue in the infinitive, the verb
 * that governs it across its subject (the nearest verb before, in the same clause).
 */
function infinitiveGovernor(view: SentenceView, cueStart: number): number | undefined {
  if (view.lower[cueStart - 1] !== 'to') return undefined;
  for (let i = cueStart - 2; i >= 0 && i >= cueStart - WINDOW; i--) {
    const t = view.tokens[i]!;
    if (t.pos === 'VERB') return i;
    if (STOP_TEXT.has(t.text)) return undefined;
  }
  return undefined;
}

/**
 * The effect of a marker covering token i and ending before the cue (markers may span several tokens):
 * the first such marker in table order, tried only where one of token i's lemmas is among its words.
 */
function markerCovering(
  view: SentenceView,
  i: number,
  cueStart: number,
  tables: EventTables,
): keyof Modality | undefined {
  let first = tables.modality.length;
  for (const lemma of view.lemmas[i] ?? [])
    for (const { order, offset } of tables.modalityByWord.get(lemma) ?? []) {
      const words = tables.modality[order]!.words;
      if (order < first && i - offset + words.length <= cueStart && matchesAt(view, words, i - offset))
        first = order;
    }
  return tables.modality[first]?.effect;
}

function matchesAt(view: SentenceView, words: readonly string[], first: number): boolean {
  if (first < 0 || first + words.length > view.tokens.length) return false;
  // a capitalised word inside the sentence is a name, not a modal: "Theresa May was not invited"
  if (first > 0 && isCapital(view.tokens[first]!.text.charCodeAt(0))) return false;
  for (let k = 0; k < words.length; k++) if (!view.lemmas[first + k]?.includes(words[k]!)) return false;
  return true;
}

/** A–Z (what `/^[A-Z]/` tests, without a regex per token). */
const isCapital = (code: number): boolean => code >= 65 && code <= 90;
