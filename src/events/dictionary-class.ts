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
}

export function loadDictionaryClasses(): DictionaryClasses {
  return {
    verbCodes: new Map(
      readTsv(dataFile('events', 'verb-codes.tsv')).map((r) => [r['form'] ?? '', r['code'] ?? '']),
    ),
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
  for (let n = Math.min(lower.length, 3); n > 0; n--) {
    const code = t.verbCodes.get(lower.slice(0, n).join(' '));
    if (code) return code;
  }
  for (const l of lemmas) {
    const code = t.verbCodes.get(l);
    if (code) return code;
  }
  return undefined;
}
