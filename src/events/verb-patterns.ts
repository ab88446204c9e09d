/**
 * PETRARCH's verb patterns in the events stage: the verb dictionary (the shipped CAMEO.2.0 conversion, a
 * user's `--event-dictionaries` verbs on top of it or instead of it) indexed by verb form, so a token is
 * looked up once, and only those of its block's patterns whose words occur in a window around it are
 * tried (pattern-keys.ts). The match gives
 * the full CAMEO code the most specific matching pattern assigns (or the verb's own code), which becomes a
 * candidate's dictionary code and a feature of the decision layer.
 */
import type { Context } from '../context.js';
import { dictionaryOptions, type DictionaryOptions } from '../kb/load.js';
import { loadDictionaryDir } from './dictionaries/index.js';
import { loadShippedVerbs } from './dictionaries/shipped-verbs.js';
import { verbIndex, type VerbForm } from './dictionaries/verb-matcher.js';
import type { VerbDictionary } from './dictionaries/verbs.js';
import { bestKeyedPattern, keyedPatterns } from './pattern-keys.js';

/** Words a pattern may reach on each side of its verb: a clause's object, not the next sentence's. */
const BEFORE = 6;
const AFTER = 10;

/** A verb form, and whether it comes from the user's own dictionary (which then decides its code). */
export type ListedForm = VerbForm & { user?: true };

export interface VerbPatterns {
  /** Verb form's first word → its forms, longer first (user's before shipped). */
  byWord: ReadonlyMap<string, readonly ListedForm[]>;
  /** Synsets of every dictionary used (a pattern names its own file's). */
  dict: VerbDictionary;
  /** Some forms are the user's own (their reading then decides the event and its arguments). */
  user: boolean;
}

export interface PatternMatch {
  /** A CAMEO code (2–4 digits), or `---`: the dictionary says this use of the verb is no event. */
  code: string;
  /** Whether a pattern (not the verb alone) gave the code. */
  specific: boolean;
  /** Tokens the verb form covers. */
  length: number;
  /** The verb is in the user's `--event-dictionaries` verbs: PETRARCH's reading decides the event. */
  user?: true;
}

/** The dictionaries in order of precedence; the first `userDicts` of them are the user's own. */
export function buildVerbPatterns(dicts: readonly VerbDictionary[], userDicts = 0): VerbPatterns {
  // One shipped dictionary (the usual case): its index is already by first word, longer forms first.
  if (dicts.length === 1 && userDicts === 0) {
    const only = dicts[0]!;
    const dict = { synsets: only.synsets, blocks: [], transformations: [] };
    return { byWord: verbIndex(only), dict, user: false };
  }
  const byWord = new Map<string, ListedForm[]>();
  const synsets = new Map<string, string[][]>();
  for (const [n, dict] of dicts.entries()) {
    for (const [word, forms] of verbIndex(dict)) {
      const listed = n < userDicts ? forms.map((f): ListedForm => ({ ...f, user: true })) : forms;
      byWord.set(word, [...(byWord.get(word) ?? []), ...listed]);
    }
    for (const [name, list] of dict.synsets) if (!synsets.has(name)) synsets.set(name, list);
  }
  for (const forms of byWord.values()) forms.sort((a, b) => b.form.length - a.form.length);
  return { byWord, dict: { synsets, blocks: [], transformations: [] }, user: userDicts > 0 };
}

function verbDictionaries(options: DictionaryOptions): { dicts: VerbDictionary[]; user: number } {
  const user = options.dir ? loadDictionaryDir(options.dir, options.files).verbs : undefined;
  if (options.mode === 'replace' && user) return { dicts: [user], user: 1 };
  return user ? { dicts: [user, loadShippedVerbs()], user: 1 } : { dicts: [loadShippedVerbs()], user: 0 };
}

/** The context's verb patterns (its `--event-dictionaries` choice), built once. */
export function verbPatterns(ctx: Context): VerbPatterns {
  return ctx.cache.get('events:verb-patterns', () => {
    const { dicts, user } = verbDictionaries(dictionaryOptions(ctx));
    return buildVerbPatterns(dicts, user);
  });
}

/**
 * The dictionary's reading of the verb at token i of a sentence's lower-cased words, if it lists the verb.
 * `wordForms`: the words' forms with their buckets (word-bucket.ts), where known: fewer lookups, the same
 * reading.
 */
export function patternAt(
  lower: readonly string[],
  i: number,
  vp: VerbPatterns,
  wordForms?: readonly { readonly bucket: number }[],
): PatternMatch | undefined {
  const forms = vp.byWord.get(lower[i] ?? '');
  if (!forms) return undefined;
  for (const verb of forms) {
    if (!sameWords(verb.form, lower, i)) continue;
    const end = i + verb.form.length;
    const span = { start: i, end, lo: Math.max(0, i - BEFORE), hi: Math.min(lower.length, end + AFTER) };
    const pattern = bestKeyedPattern(keyedPatterns(verb.patterns, vp.dict), lower, span, vp.dict, wordForms);
    const code = pattern?.code ?? verb.code ?? '---';
    return {
      code,
      specific: pattern !== undefined,
      length: verb.form.length,
      ...(verb.user ? { user: true as const } : {}),
    };
  }
  return undefined;
}

function sameWords(form: readonly string[], lower: readonly string[], i: number): boolean {
  // from the second word: `byWord` found the forms by their first, which is lower[i]
  for (let k = 1; k < form.length; k++) if (lower[i + k] !== form[k]) return false;
  return true;
}
