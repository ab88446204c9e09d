/**
 * A verb block's patterns indexed by a word each needs: a pattern can only match where that word occurs,
 * so a verb's lookup tries the patterns keyed by the words in its window (and the few that need no word),
 * not every pattern of its block (START, GRANT and others have over a hundred, many with synsets). The
 * key is the pattern's rarest element: a content word before a function word ("to", "of"), a word before
 * a synset's many phrases.
 */
import { patternMatches } from './dictionaries/pattern-match.js';
import { bucketSet, inBuckets } from './word-bucket.js';
import type { PatternElement, VerbDictionary, VerbPattern } from './dictionaries/verbs.js';

export interface KeyedPatterns {
  /** A word → the block-order numbers of the patterns keyed by it. */
  byWord: ReadonlyMap<string, readonly number[]>;
  /** Patterns with no word of their own (markers only): always tried. */
  always: readonly number[];
  patterns: readonly VerbPattern[];
  /** Elements per pattern (the most specific match wins). */
  sizes: readonly number[];
  /** The buckets of the `byWord` words (word-bucket.ts). */
  buckets: Uint32Array;
}

/** Words too common to key a pattern by when it has another element. */
const FUNCTION_WORDS = new Set(
  'a an the to of in on at by for from with against into over about as and or that this his her its their'.split(
    ' ',
  ),
);

/** The first words an element can start with, or undefined when it needs no word (`$`, `+`). */
function firstWords(el: PatternElement, dict: VerbDictionary): string[] | undefined {
  if (el.kind === 'word') return el.words.length > 0 ? [el.words[0]!] : undefined;
  if (el.kind === 'synset') return (dict.synsets.get(el.name) ?? []).flatMap((p) => p.slice(0, 1));
  if (el.kind !== 'prep') return undefined;
  // a preposition group: its object is rarer than the preposition
  const object = el.object.map((inner) => firstWords(inner, dict)).find((w) => w !== undefined);
  return object ?? (el.prep.length > 0 ? [el.prep[0]!] : undefined);
}

function keysOf(p: VerbPattern, dict: VerbDictionary): string[] | undefined {
  let best: string[] | undefined;
  let bestCost = Infinity;
  for (const el of [...p.after, ...p.before]) {
    const words = firstWords(el, dict);
    if (!words || words.length === 0) continue;
    const cost = words.length + (words.some((w) => FUNCTION_WORDS.has(w)) ? 1000 : 0);
    if (cost < bestCost) [best, bestCost] = [words, cost];
  }
  return best;
}

const keyed = new WeakMap<readonly VerbPattern[], KeyedPatterns>();

/** The index of one block's patterns, built once per block (every form of its verbs shares it). */
export function keyedPatterns(patterns: readonly VerbPattern[], dict: VerbDictionary): KeyedPatterns {
  let k = keyed.get(patterns);
  if (k) return k;
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((p, n) => {
    const keys = keysOf(p, dict);
    if (!keys) return void always.push(n);
    for (const w of new Set(keys)) {
      const bucket = byWord.get(w) ?? [];
      bucket.push(n);
      byWord.set(w, bucket);
    }
  });
  const sizes = patterns.map((p) => p.before.length + p.after.length);
  keyed.set(patterns, (k = { byWord, always, patterns, sizes, buckets: bucketSet(byWord.keys()) }));
  return k;
}

/**
 * The block's most specific pattern matching the verb at w[start, end) within w[lo, hi): most elements,
 * the earlier in the block on a tie (as a scan of the whole block would choose). `forms`: the words' forms
 * (their buckets, word-bucket.ts), where known, so a word outside the block's buckets is skipped without a
 * lookup.
 */
export function bestKeyedPattern(
  k: KeyedPatterns,
  w: readonly string[],
  verb: { start: number; end: number; lo: number; hi: number },
  dict: VerbDictionary,
  forms?: readonly { readonly bucket: number }[],
): VerbPattern | undefined {
  // no closure per call: under tsx every nested named function pays a `__name` call when it is created
  let best = -1;
  for (const n of k.always) best = better(k, n, best, w, verb, dict);
  for (let i = verb.lo; i < verb.hi; i++) {
    const form = forms?.[i];
    if (form && !inBuckets(k.buckets, form.bucket)) continue;
    const bucket = k.byWord.get(w[i]!);
    if (bucket) for (const n of bucket) best = better(k, n, best, w, verb, dict);
  }
  return best >= 0 ? k.patterns[best] : undefined;
}

/** `n` when its pattern matches and is more specific than `best` (earlier in the block on a tie), else `best`. */
function better(
  k: KeyedPatterns,
  n: number,
  best: number,
  w: readonly string[],
  verb: { start: number; end: number; lo: number; hi: number },
  dict: VerbDictionary,
): number {
  const size = k.sizes[n]!;
  if (size === 0 || n === best) return best;
  if (best >= 0 && (size < k.sizes[best]! || (size === k.sizes[best]! && n > best))) return best;
  return patternMatches(k.patterns[n]!, w, verb, dict) ? n : best;
}
