import type { CueRow, EventTables } from './tables.js';
import type { SentenceView } from './view.js';

/** A cue row matched on a sentence's tokens [tokStart, tokEnd). */
export interface CueMatch {
  row: CueRow;
  tokStart: number;
  tokEnd: number;
}

/** A pattern element matching one actor mention of any length. */
export const ACTOR_ELEMENT = '<actor>';

/** Most tokens a `*` gap may skip. */
const MAX_GAP = 4;
/** Punctuation that ends a clause: a gap never crosses it. Quotes and hyphens may be skipped. */
export const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '–',
  '—',
]);

const VERB_POS = new Set(['VERB', 'AUX']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/** Every cue row matching at every token (overlaps are resolved later by the refiners). */
export function findCueMatches(view: SentenceView, tables: EventTables): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const form = view.forms[i];
    if (!form) continue;
    form.cueRows ??= rowsForLemmas(form.lemmas, tables.cuesByFirstWord);
    for (const row of form.cueRows) {
      if (!posFits(row, view.tokens[i]?.pos ?? '')) continue;
      const end = matchFrom(view, row.elements, 0, i);
      if (end !== undefined) out.push({ row, tokStart: i, tokEnd: end });
    }
  }
  return out;
}

const NO_ROWS: readonly CueRow[] = [];

/** The rows a word form's lemma candidates open, in lemma then table order, each once (kept per form). */
function rowsForLemmas(lemmas: readonly string[], index: EventTables['cuesByFirstWord']): readonly CueRow[] {
  let rows: CueRow[] | undefined;
  for (const lemma of lemmas) {
    const opened = index.get(lemma);
    if (opened) for (const row of opened) if (!(rows ??= []).includes(row)) rows.push(row);
  }
  return rows ?? NO_ROWS;
}

function posFits(row: CueRow, pos: string): boolean {
  if (row.pos === 'V') return VERB_POS.has(pos);
  if (row.pos === 'N') return NOUN_POS.has(pos);
  return true;
}

/** Token index after a match of elements[k..] starting at token i, or undefined. Backtracks over gaps. */
function matchFrom(
  view: SentenceView,
  elements: CueRow['elements'],
  k: number,
  i: number,
): number | undefined {
  if (k === elements.length) return i;
  const el = elements[k]!;
  if (el === 'gap') {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      if (skip > 0 && !gapToken(view, i + skip - 1)) return undefined;
      const end = matchFrom(view, elements, k + 1, i + skip);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  for (const word of el) {
    const used = matchWord(view, word, i);
    if (used > 0) {
      const end = matchFrom(view, elements, k + 1, i + used);
      if (end !== undefined) return end;
    }
  }
  return undefined;
}

/** A token a gap may skip: no verb, no name, no actor, no clause punctuation. */
function gapToken(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || view.actorStartingAt[i]) return false;
  return t.pos !== 'VERB' && t.pos !== 'PROPN' && !CLAUSE_PUNCTUATION.has(t.text);
}

/**
 * How many tokens `word` covers at token i: 1 when a lemma candidate equals it; an actor's length for
 * `<actor>`; for hyphenated words
 * ("face-to-face", "build-up") also a run of adjacent tokens whose joined text equals it.
 */
function matchWord(view: SentenceView, word: string, i: number): number {
  if (view.lemmas[i]?.includes(word)) return 1;
  // `<actor>`: a whole actor mention ("warn <actor> to": "warned Putin to end the war")
  if (word === ACTOR_ELEMENT) {
    const actor = view.actorStartingAt[i];
    return actor ? actor.tokEnd - i : 0;
  }
  if (!word.includes('-')) return 0;
  let joined = '';
  for (let j = i; j < view.tokens.length; j++) {
    if (j > i && view.tokens[j - 1]!.end !== view.tokens[j]!.start) return 0;
    joined += view.lower[j];
    if (
      joined === word ||
      (j > i && view.lemmas[j]?.some((l) => joined.slice(0, -view.lower[j]!.length) + l === word))
    )
      return j - i + 1;
    if (joined.length >= word.length) return 0;
  }
  return 0;
}
