import type { Span, Token } from '../../doc/types.js';
import type { Lexicon, RoleHead } from '../lexicon/index.js';
import { isNameWord } from '../ner/words.js';
import { insideAny } from './quoted.js';

/**
 * A singular description that may stand for a person named in the article: "the New York businessman",
 * "the Republican presidential nominee", "The Indiana governor", "the former secretary of state".
 */
export interface Description {
  start: number;
  end: number;
  sentence: number;
  head: string;
  role: RoleHead;
  /** Capitalised modifiers, lowercased ("new", "york"; "republican"): they must agree with the evidence. */
  marks: ReadonlySet<string>;
  /** The description opens its sentence ("The New York businessman says …"). */
  initial: boolean;
  /** "the former governor": a past holder, never the same as a present one. */
  former: boolean;
  /** Token range [first, end) of the description, for evidence next to it. */
  tokenStart: number;
  tokenEnd: number;
}

/** Words that may stand between "the" and the head ("former", "Republican", "presidential", "New York"). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_MODIFIERS = 4;
const DETERMINER = /^the$/i;
const POSSESSIVE = /^['’]s?$/;

/** The longest head (one to three words, lowercase) starting at token `at`, in the token's sentence. */
export function headAt(tokens: readonly Token[], at: number, lexicon: Lexicon) {
  const sentence = tokens[at]?.sentence;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.length !== n || words.some((t) => t.sentence !== sentence)) continue;
    const key = words.map((t) => t.text).join(' ');
    const role = lexicon.roleHeads.get(key);
    if (role && key === key.toLowerCase()) return { head: key, role, length: n };
  }
  return undefined;
}

const lowerTitles = new WeakMap<Lexicon, Map<string, string>>();

/** The role of a title written in any case ("foreign secretary" → the role of "Foreign Secretary"). */
export function titleRole(lexicon: Lexicon, words: string): string | undefined {
  let roles = lowerTitles.get(lexicon);
  if (!roles) {
    roles = new Map();
    for (const [title, entry] of lexicon.titles) if (entry.role) roles.set(title.toLowerCase(), entry.role);
    lowerTitles.set(lexicon, roles);
  }
  return roles.get(words.toLowerCase());
}

export function isModifier(t: Token): boolean {
  return MODIFIER_POS.has(t.pos) || t.text === '-';
}

/** "former" among tokens [from, to). */
export function saysFormer(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.text.toLowerCase() === 'former') return true;
  return false;
}

/** Lowercased capitalised words among tokens [from, to). */
export function capitalisedWords(tokens: readonly Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < to; i++) if (isNameWord(tokens[i]!.text)) out.add(tokens[i]!.text.toLowerCase());
  return out;
}

/**
 * "the [modifiers] head" outside quoted speech where no name follows the head (then it is a title: "the
 * nominee Donald Trump") and no "of" (an office of somewhere: "the governor of Texas") unless the head has
 * it, and the head is not a possessor's modifier run into another noun ("the candidate forum").
 */
export function findDescriptions(
  tokens: readonly Token[],
  lexicon: Lexicon,
  quoted: readonly Span[],
): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DETERMINER.test(tokens[i]!.text) || insideAny(quoted, tokens[i]!.start)) continue;
    const sentence = tokens[i]!.sentence;
    // the last head of the run wins: "the billionaire real estate magnate", "the billionaire businessman"
    let last: { k: number; found: NonNullable<ReturnType<typeof headAt>> } | undefined;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
      if (tokens[k]!.sentence !== sentence) break;
      const found = headAt(tokens, k, lexicon);
      if (found) {
        last = { k, found };
        k += found.length - 1;
        continue;
      }
      if (!isModifier(tokens[k]!) || lexicon.hypotheticalModifiers.has(tokens[k]!.text)) break;
    }
    if (!last) continue;
    const { k, found } = last;
    const end = k + found.length;
    const after = tokens[end];
    const blocked =
      after !== undefined &&
      after.sentence === sentence &&
      (isNameWord(after.text) ||
        after.text === 'of' ||
        (after.pos === 'NOUN' && !POSSESSIVE.test(after.text)));
    if (blocked) continue;
    // "the foreign secretary": a modifier making a title of its own narrows the head ("secretary" also fits
    // a home secretary)
    const ownRole = k > i + 1 ? titleRole(lexicon, `${tokens[k - 1]!.text} ${found.head}`) : undefined;
    out.push({
      start: tokens[i]!.start,
      end: tokens[end - 1]!.end,
      sentence,
      head: found.head,
      role: ownRole ? { ...found.role, roles: [ownRole] } : found.role,
      marks: capitalisedWords(tokens, i + 1, k),
      former: saysFormer(tokens, i + 1, k),
      initial: i === 0 || tokens[i - 1]!.sentence !== sentence,
      tokenStart: i,
      tokenEnd: end,
    });
    i = end - 1;
  }
  return out;
}
