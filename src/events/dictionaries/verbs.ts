/**
 * Reader for PETRARCH verb dictionaries (CAMEO.2.0.txt): synonym sets (`&LABEL` then `+word` lines),
 * verb blocks (`--- NAME [code] ---` then verbs with optional `{irregular forms}` and `[code]`), patterns
 * (`- pre * post [code]`) and transformations (`~ …`, kept as text). See dictionaries.rst, "Verb Dictionary".
 */
import { contentOf, isStopped, phraseWords, regularPlural } from './text.js';

/** One element of a pattern: a word, a synset, a multi-word noun phrase, a preposition group, a marker. */
export type PatternElement =
  | { kind: 'word'; words: string[] }
  | { kind: 'synset'; name: string }
  | { kind: 'prep'; prep: string[]; object: PatternElement[] }
  | { kind: 'source' }
  | { kind: 'target' };

export interface VerbPattern {
  /** Elements before the verb (`*`) and after it, as written. */
  before: PatternElement[];
  after: PatternElement[];
  /** CAMEO event code; `---` = no event. */
  code: string;
  /** The second code of `[a:b]` (PETRARCH's code when the roles are reversed), if any. */
  altCode?: string;
  text: string;
}

export interface VerbBlock {
  name: string;
  /** The block's code for its verbs in isolation (`---` = none). */
  code: string;
  /** Each verb: its forms as word arrays (main verb form first) and its own code if given. */
  verbs: { forms: string[][]; code?: string }[];
  patterns: VerbPattern[];
}

export interface VerbDictionary {
  /** Synset label (without `&`, upper case) → phrases (lower-case word arrays, plurals included). */
  synsets: Map<string, string[][]>;
  blocks: VerbBlock[];
  transformations: string[];
}

const CODE = /\[([^\]]*)\]/;

export function parseVerbs(text: string): VerbDictionary {
  const dict: VerbDictionary = { synsets: new Map(), blocks: [], transformations: [] };
  let synset: { name: string; stopped: boolean } | undefined;
  let block: VerbBlock | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = contentOf(raw)?.trim();
    if (!line) continue;
    if (line.startsWith('&')) {
      const label = line.slice(1).trim();
      synset = { name: label.replace(/_+$/, '').toUpperCase(), stopped: isStopped(label) };
      dict.synsets.set(synset.name, []);
      block = undefined;
    } else if (line.startsWith('---')) {
      // `[a:b]`: the code and PETRARCH's code for the reversed roles; a block codes its verbs with `a`.
      const code = CODE.exec(line)?.[1]?.split(':')[0]?.trim() ?? '---';
      const name = line.replace(/-{3}/g, '').replace(CODE, '').trim();
      block = { name, code: code || '---', verbs: [], patterns: [] };
      dict.blocks.push(block);
      synset = undefined;
    } else if (synset && line.startsWith('+')) {
      const phrase = line.slice(1).trim();
      const words = phraseWords(phrase);
      const forms = [words];
      if (!synset.stopped && !isStopped(phrase) && words.length > 0)
        forms.push([...words.slice(0, -1), regularPlural(words[words.length - 1]!)]);
      dict.synsets.get(synset.name)!.push(...forms);
    } else if (line.startsWith('~')) {
      dict.transformations.push(line);
    } else if (block && line.startsWith('-')) {
      const pattern = parsePattern(line);
      if (pattern) block.patterns.push(pattern);
    } else if (block) {
      block.verbs.push(parseVerbLine(line));
    }
  }
  return dict;
}

/** `HURRY {HURRIES HURRYING HURRIED} [042]`, `+CALL_OFF [160]`, `WIRE_+TAP {WIRE_+TAPS …}`. */
export function parseVerbLine(line: string): { forms: string[][]; code?: string } {
  const code = CODE.exec(line)?.[1]?.split(':')[0]?.trim();
  const irregular = /\{([^}]*)\}/.exec(line)?.[1];
  const main = line
    .replace(/\{[^}]*\}/, '')
    .replace(CODE, '')
    .trim();
  const forms: string[][] = [verbWords(main)];
  if (irregular !== undefined) {
    forms.push(...irregular.split(/\s+/).filter(Boolean).map(verbWords));
  } else {
    const words = verbWords(main);
    const at = Math.max(
      0,
      main.split(/[_\s]+/).findIndex((w) => w.startsWith('+')),
    );
    for (const form of regularVerbForms(words[at] ?? '')) {
      forms.push(words.map((w, i) => (i === at ? form : w)));
    }
  }
  return { forms: forms.filter((f) => f.length > 0), ...(code && code !== '---' ? { code } : {}) };
}

const verbWords = (phrase: string): string[] => phraseWords(phrase.replace(/\+/g, ''));

/** -s, -ed, -ing forms of a regular verb (the dictionary lists irregular ones itself). */
export function regularVerbForms(verb: string): string[] {
  if (!verb) return [];
  const third = /(s|sh|ch|x|z)$/.test(verb)
    ? verb + 'es'
    : /[^aeiou]y$/.test(verb)
      ? verb.slice(0, -1) + 'ies'
      : verb + 's';
  const stem = verb.endsWith('e')
    ? verb.slice(0, -1)
    : /[^aeiou]y$/.test(verb)
      ? verb.slice(0, -1) + 'i'
      : verb;
  const past = stem + (verb.endsWith('e') ? 'ed' : 'ed');
  const ing = (verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb) + 'ing';
  return [third, past, ing];
}

/** `- &MILITARY * (TO BORDER) [154] # RUSH` → its elements and code. */
export function parsePattern(line: string): VerbPattern | undefined {
  const codeMatch = CODE.exec(line);
  if (!codeMatch) return undefined;
  const [code, alt] = (codeMatch[1] ?? '').trim().split(':');
  const body = line.slice(1, codeMatch.index).trim();
  const star = body.indexOf('*');
  const before = star >= 0 ? body.slice(0, star) : '';
  const after = star >= 0 ? body.slice(star + 1) : body;
  return {
    before: elements(before),
    after: elements(after),
    code: (code ?? '').trim() || '---',
    ...(alt?.trim() ? { altCode: alt.trim() } : {}),
    text: body,
  };
}

/** Splits pattern text into elements: `{A B}` phrases, `(PREP X)` groups, `&SET`, `$`, `+`, words. */
function elements(text: string): PatternElement[] {
  const out: PatternElement[] = [];
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) {
      const inner = elements(m[1]);
      const first = inner[0];
      const prep = first && first.kind === 'word' ? first.words : [];
      out.push({ kind: 'prep', prep, object: first && first.kind === 'word' ? inner.slice(1) : inner });
    } else if (m[2] !== undefined) {
      out.push({ kind: 'word', words: phraseWords(m[2]) });
    } else out.push(...token(m[3]!));
  }
  return out;
}

function token(t: string): PatternElement[] {
  if (t === '$') return [{ kind: 'source' }];
  if (t === '+') return [{ kind: 'target' }];
  if (t === '%' || t === '^') return [];
  if (t.startsWith('&')) return [{ kind: 'synset', name: t.slice(1).replace(/_+$/, '').toUpperCase() }];
  const words = phraseWords(t.replace(/\//g, ' '));
  return words.length > 0 ? [{ kind: 'word', words: t.includes('/') ? [words[0]!] : words }] : [];
}
