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
    if (STOP_TEXT.has(t.text) || t.pos === 'CCONJ') break;
    const effect = markerCovering(view, i, cueStart, tables);
    if (effect) result[effect] = true;
    // a subordinator or a verb closes the clause; a marker verb ("prepares to", "expected to") counts first
    if (t.pos === 'SCONJ' || t.pos === 'VERB') break;
  }
  const governor = infinitiveGovernor(view, cueStart);
  if (governor !== undefined) {
    const effect = markerCovering(view, governor, cueStart, tables);
    if (effect) result[effect] = true;
  }
  return result;
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

/** The effect of a marker covering token i and ending before the cue (markers may span several tokens). */
function markerCovering(
  view: SentenceView,
  i: number,
  cueStart: number,
  tables: EventTables,
): keyof Modality | undefined {
  for (const m of tables.modality) {
    for (let offset = 0; offset < m.words.length; offset++) {
      const first = i - offset;
      if (first + m.words.length <= cueStart && matchesAt(view, m.words, first)) return m.effect;
    }
  }
  return undefined;
}

function matchesAt(view: SentenceView, words: readonly string[], first: number): boolean {
  if (first < 0 || first + words.length > view.tokens.length) return false;
  return words.every((w, k) => (view.lemmas[first + k] ?? []).includes(w));
}
