import type { CueRow, MarkerSlot } from './tables.js';
import { wordBucket } from './word-bucket.js';

/**
 * Lemma candidates for a token, without a dictionary: the token itself, its irregular lemma, and what
 * stripping a regular English ending (-s, -es, -ies, -ed, -ied, -ing, doubled consonants) leaves.
 * Over-generation is harmless because candidates are only ever looked up in our own tables; a form listed
 * in data/events/irregular.tsv gets only its listed lemma.
 */
export function lemmaCandidates(word: string, irregular: ReadonlyMap<string, string>): string[] {
  const w = normaliseWord(word);
  const out = [w];
  const add = (s: string): void => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  const irr = irregular.get(w);
  // a listed form has exactly that lemma: "aides" is "aide", never "aid"
  if (irr) {
    add(irr);
    return out;
  }
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  else if (w.endsWith('es')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
  } else if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  else if (w.endsWith('ed')) addStem(w.slice(0, -2), add);
  if (w.endsWith('ing')) addStem(w.slice(0, -3), add);
  return out;
}

/** A stem left by -ed/-ing: itself, with its silent e back ("eas" → "ease"), and undoubled ("bann" → "ban"). */
function addStem(stem: string, add: (s: string) => void): void {
  add(stem);
  add(stem + 'e');
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2]) add(stem.slice(0, -1));
}

/** Lower case, curly apostrophes straightened: the form every table is written in. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u2018]/g, "'");
}

/** Most words kept in a word-form cache before it is cleared (bounds memory over a long-running process). */
const CACHE_LIMIT = 50_000;

/**
 * What the events stage reads of one word form, looked up once per token: its lemma candidates, and what
 * the event tables hold for them, filled in by their first reader (match-cues.ts, modality-scopes.ts) and
 * then read from here instead of one table lookup per lemma per reader. One per form and context (whose
 * tables never change).
 */
export interface WordForm {
  /** `lemmaCandidates` of the form: the normalised word first. */
  readonly lemmas: readonly string[];
  /** The normalised word (its first lemma candidate). */
  readonly lower: string;
  /** `wordBucket` of the normalised word (word-bucket.ts). */
  readonly bucket: number;
  /** The cue rows its lemmas open (match-cues.ts). */
  cueRows: readonly CueRow[] | undefined;
  /** The modality phrases its lemmas occur in, with their offsets (modality-scopes.ts). */
  markers: readonly MarkerSlot[] | undefined;
  /** Whether the normalised word is a head of an unnamed actor (unnamed.ts). */
  unnamedHead: boolean | undefined;
}

/** The form of `word`, memoised in `cache` (one per context via ctx.cache); lemmas the same either way. */
export function cachedWordForm(
  word: string,
  irregular: ReadonlyMap<string, string>,
  cache: Map<string, WordForm>,
): WordForm {
  const hit = cache.get(word);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const lemmas = lemmaCandidates(word, irregular);
  const lower = lemmas[0] ?? '';
  // every field present from the start: forms filled by different readers keep one hidden class, so
  // each reader's property access stays monomorphic
  const form: WordForm = {
    lemmas,
    lower,
    bucket: wordBucket(lower),
    cueRows: undefined,
    markers: undefined,
    unnamedHead: undefined,
  };
  cache.set(word, form);
  return form;
}
