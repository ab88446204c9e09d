/**
 * Reader for PETRARCH actor dictionaries: a primary phrase with an optional default `[CODE]`, synonym
 * lines starting with `+`, and date restrictions on indented lines (`[CODE <date]`, `[CODE >date]`,
 * `[CODE date-date]`, `[CODE]`). See dictionaries.rst, "Actor Dictionary".
 */
import { contentOf, phraseWords, restrictionDate } from './text.js';

/** A code with the dates it holds for (ISO, inclusive); no dates = the default. */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

export interface ActorEntry {
  /** The primary phrase as written, without the stop mark: `VLADIMIR_PUTIN`. Stable: the KB id. */
  id: string;
  /** Every phrase (primary first) as lower-case words. */
  names: string[][];
  codes: DatedCode[];
}

/** Parses one restriction body (`RUSGOV >080508`); undefined when malformed. */
export function parseRestriction(body: string): DatedCode | undefined {
  const [code, range] = body.trim().split(/\s+/, 2);
  if (!code) return undefined;
  const upper = code.toUpperCase();
  if (!range) return { code: upper };
  if (range.startsWith('>')) {
    const from = restrictionDate(range.slice(1));
    return from ? { code: upper, from } : undefined;
  }
  if (range.startsWith('<')) {
    const to = restrictionDate(range.slice(1));
    return to ? { code: upper, to } : undefined;
  }
  const [a, b] = range.split('-');
  const from = a ? restrictionDate(a) : undefined;
  if (b === undefined) return from ? { code: upper, from } : undefined;
  const to = restrictionDate(b);
  return from && to ? { code: upper, from, to } : undefined;
}

const BRACKETS = /\[([^\]]*)\]/g;

/** Reads a whole actor file. Entries without any code are kept: they still name an identity. */
export function parseActors(text: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = contentOf(rawLine, '#;');
    if (line === undefined) continue;
    const indented = /^\s/.test(line);
    const phrase = line.replace(BRACKETS, '').trim();
    const codes = [...line.matchAll(BRACKETS)]
      .map((m) => parseRestriction(m[1] ?? ''))
      .filter((c): c is DatedCode => c !== undefined && c.code !== '---');
    if (indented && phrase === '') {
      current?.codes.push(...codes);
    } else if (phrase.startsWith('+') && current) {
      const words = phraseWords(phrase.slice(1));
      if (words.length > 0) current.names.push(words);
      current.codes.push(...codes);
    } else if (phrase !== '') {
      const words = phraseWords(phrase.replace(/^\+/, ''));
      if (words.length === 0) continue;
      current = {
        id: phrase.replace(/^\+/, '').replace(/_+$/, '').replace(/\s+/g, '_').toUpperCase(),
        names: [words],
        codes,
      };
      entries.push(current);
    }
  }
  return entries;
}

/**
 * The codes valid on an ISO date: every dated code whose range holds it; with none, the undated defaults.
 * Without a date, only the defaults.
 */
export function codesAt(codes: readonly DatedCode[], date: string | undefined): string[] {
  const day = date?.slice(0, 10);
  const dated = codes.filter((c) => c.from !== undefined || c.to !== undefined);
  const valid = day
    ? dated.filter((c) => (c.from === undefined || c.from <= day) && (c.to === undefined || day <= c.to))
    : [];
  const chosen = valid.length > 0 ? valid : codes.filter((c) => c.from === undefined && c.to === undefined);
  return [...new Set(chosen.map((c) => c.code))];
}
