/**
 * Whether a verb pattern's words occur in order on their sides of the verb: the one matching rule of the
 * dictionary coder (verb-matcher.ts) and the events stage's keyed lookup (../pattern-keys.ts).
 */
import type { PatternElement, VerbDictionary, VerbPattern } from './verbs.js';

/**
 * Whether all of a pattern's elements occur, in order, on their side of the verb at w[start, end), looking
 * no further than w[lo, hi).
 */
export function patternMatches(
  p: VerbPattern,
  w: readonly string[],
  verb: { start: number; end: number; lo: number; hi: number },
  dict: VerbDictionary,
): boolean {
  return inOrder(p.after, w, verb.end, verb.hi, dict) && inOrder(p.before, w, verb.lo, verb.start, dict);
}

/** Whether the elements occur in order within w[from, to); the source/target markers need an actor, not a word. */
function inOrder(
  elements: readonly PatternElement[],
  w: readonly string[],
  from: number,
  to: number,
  dict: VerbDictionary,
): boolean {
  let at = from;
  for (const el of elements) {
    const found = find(el, w, at, to, dict);
    if (found < 0) return false;
    at = found;
  }
  return true;
}

/** The index after the element's first occurrence at or after `from`, or -1. */
function find(
  el: PatternElement,
  w: readonly string[],
  from: number,
  to: number,
  dict: VerbDictionary,
): number {
  if (el.kind === 'source' || el.kind === 'target') return from;
  // no array or closure per call: this runs for every pattern tried at every verb
  if (el.kind === 'word') return findPhrase(el.words, w, from, to);
  if (el.kind === 'synset') {
    const phrases = dict.synsets.get(el.name);
    if (!phrases) return -1;
    for (let i = from; i < to; i++)
      for (const p of phrases) if (p.length > 0 && phraseAt(p, w, i)) return i + p.length;
    return -1;
  }
  const next = findPhrase(el.prep, w, from, to);
  return next < 0 ? -1 : inOrder(el.object, w, next, to, dict) ? next : -1;
}

/** The index after the phrase's first occurrence in w[from, to) (it may run past `to`), or -1. */
function findPhrase(p: readonly string[], w: readonly string[], from: number, to: number): number {
  if (p.length === 0) return -1;
  for (let i = from; i < to; i++) if (phraseAt(p, w, i)) return i + p.length;
  return -1;
}

function phraseAt(p: readonly string[], w: readonly string[], i: number): boolean {
  for (let k = 0; k < p.length; k++) if (w[i + k] !== p[k]) return false;
  return true;
}
