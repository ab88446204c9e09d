/**
 * What PETRARCH's verb dictionary says about a candidate's words: the CAMEO code CAMEO.2.0 gives the verb
 * form on its own (data/events/verb-codes.tsv, converted by scripts/convert-petrarch.ts) and the decision
 * layer's class for that code (data/events/cameo-classes.tsv, from CAMEO2PLOVER-2021). The decision layer
 * uses both as features, so a verb the hand-written cue table lacks still tells the model what it means.
 */
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

export interface DictionaryClasses {
  /** verb form (one or more lower-case words) → CAMEO code. */
  verbCodes: ReadonlyMap<string, string>;
  /** CAMEO code prefix → class (`TYPE/CAMEO`), or undefined for no event. */
  classByPrefix: ReadonlyMap<string, string | undefined>;
  /**
   * Every start of a multi-word form that ends before one of its spaces ("take", "take part"): words
   * that start no phrase are looked up alone, without joining the words after them.
   */
  phraseStarts: ReadonlySet<string>;
}

function phraseStartsOf(forms: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const form of forms)
    for (let at = form.indexOf(' '); at >= 0; at = form.indexOf(' ', at + 1)) starts.add(form.slice(0, at));
  return starts;
}

export function loadDictionaryClasses(): DictionaryClasses {
  const verbCodes = new Map(
    readTsv(dataFile('events', 'verb-codes.tsv')).map((r) => [r['form'] ?? '', r['code'] ?? '']),
  );
  return {
    verbCodes,
    phraseStarts: phraseStartsOf(verbCodes.keys()),
    classByPrefix: new Map(
      readTsv(dataFile('events', 'cameo-classes.tsv')).map((r) => {
        const cls = r['class'];
        return [r['code'] ?? '', cls && cls !== '-' ? cls : undefined];
      }),
    ),
  };
}

/** The class of a CAMEO code: its longest listed prefix's. */
export function classOfCode(code: string, t: DictionaryClasses): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const prefix = code.slice(0, n);
    if (t.classByPrefix.has(prefix)) return t.classByPrefix.get(prefix);
  }
  return undefined;
}

/**
 * The dictionary code of the words at a candidate: the longest listed phrase starting at its first
 * token (within the cue, then the first word alone), then the word's lemma candidates.
 */
export function dictionaryCode(
  lower: readonly string[],
  lemmas: readonly string[],
  t: DictionaryClasses,
): string | undefined {
  const first = lower[0];
  if (first === undefined) return lemmaCode(lemmas, t);
  if (t.phraseStarts.has(first))
    for (let n = Math.min(lower.length, 3); n > 1; n--) {
      const code = t.verbCodes.get(lower.slice(0, n).join(' '));
      if (code) return code;
    }
  // the word alone, then its lemma candidates (the first of which is usually the word itself)
  return first === lemmas[0] ? wordCode(lemmas, t) : t.verbCodes.get(first) || lemmaCode(lemmas, t, first);
}

/**
 * A word's own code (the word, then its lemma candidates; '' for none), kept per lemma array: the lemma
 * cache shares one array between every token of the same word form, and the arrays are never changed.
 */
const wordCodes = new WeakMap<DictionaryClasses, WeakMap<readonly string[], string>>();

function wordCode(lemmas: readonly string[], t: DictionaryClasses): string | undefined {
  let codes = wordCodes.get(t);
  if (!codes) wordCodes.set(t, (codes = new WeakMap()));
  let code = codes.get(lemmas);
  if (code === undefined) {
    const word = lemmas[0]!;
    code = t.verbCodes.get(word) || lemmaCode(lemmas, t, word) || '';
    codes.set(lemmas, code);
  }
  return code || undefined;
}

function lemmaCode(lemmas: readonly string[], t: DictionaryClasses, seen?: string): string | undefined {
  for (const l of lemmas) {
    if (l === seen) continue;
    const code = t.verbCodes.get(l);
    if (code) return code;
  }
  return undefined;
}
