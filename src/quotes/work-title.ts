import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { TITLE_MAX_WORDS } from './lexicon.js';
import type { DirectSpan } from './types.js';

/** `data/quotes/work-titles.tsv`: words beside a quotation that make it the name of a work. */
export interface WorkTitleTable {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
}

/** The table, loaded once per process. */
export function workTitleTable(ctx: Context): WorkTitleTable {
  return ctx.cache.get('quotes:work-titles', () => {
    const rows = readTsv(dataFile('quotes', 'work-titles.tsv'));
    const side = (name: string): Set<string> =>
      new Set(rows.filter((r) => r.side === name).map((r) => (r.word ?? '').toLowerCase()));
    return { before: side('before'), after: side('after'), notBefore: side('not-before') };
  });
}

/**
 * Title case: every word of four letters or more capitalised, at least one such word and two capitalised
 * words in all ("Coal Isn't the Villain", "An American Son").
 */
export function looksLikeTitle(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const oneSentence = !words.slice(0, -1).some((w) => /[.!?]$/u.test(w));
  return (
    oneSentence &&
    long.length >= 1 &&
    capitalised.length >= 2 &&
    long.every((w) => /^\p{Lu}/u.test(w)) &&
    words.some((w) => /\p{Ll}/u.test(w))
  );
}

/** "ABC's", "CNBC’s": a capitalised name's possessive, the owner of a programme. */
const NAME_POSSESSIVE = /^\p{Lu}[\p{L}.&-]*['’]s$/u;

/** A few title-case words in the marks, a full stop or comma the writer put inside them aside. */
function isTitleCaseName(text: string, q: DirectSpan): boolean {
  const words = text
    .slice(q.start, q.end)
    .replace(/[.,!?]+$/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  return words.length > 0 && words.length <= TITLE_MAX_WORDS && looksLikeTitle(words);
}

/**
 * One capitalised word of four letters or more, a comma the writer put inside the marks aside ("Hannity,"):
 * a title only with a work word or a network's possessive beside it, never on its own.
 */
function isOneWordName(text: string, q: DirectSpan): boolean {
  return /^\p{Lu}\p{Ll}{3,}(?:-\p{L}+)*,?$/u.test(text.slice(q.start, q.end));
}

/**
 * A quotation that names a work: a few title-case words (a full stop or comma the writer put inside the
 * marks aside) with a work word before it ("the reality show “Cake Boss.”"), a network's possessive
 * ("ABC’s “Good Morning America”") or a role after it ("“Daily Show” host"). A label someone gave
 * ("called it a “Total Disaster”") is no title.
 */
export function isWorkTitle(text: string, q: DirectSpan, table: WorkTitleTable): boolean {
  if (!isTitleCaseName(text, q) && !isOneWordName(text, q)) return false;
  const lead = /(?:(\S+)\s+)?(\S+)\s*$/u.exec(text.slice(Math.max(0, q.open - 60), q.open));
  const before = lead?.[2] ?? '';
  const previous = before.toLowerCase();
  // two words first: "so called" before "called"
  if (lead?.[1] && table.before.has(`${lead[1].toLowerCase()} ${previous}`)) return true;
  if (table.notBefore.has(previous)) return false;
  if (table.before.has(previous) || NAME_POSSESSIVE.test(before)) return true;
  const closeEnd = q.close === undefined ? q.end : q.close + 1;
  const next = /^\s*([\p{L}-]+)/u.exec(text.slice(closeEnd, closeEnd + 30))?.[1]?.toLowerCase();
  return next !== undefined && table.after.has(next);
}

/**
 * A quotation woven into the writer's clause that is a name in title case, a full stop or comma inside the
 * marks aside: a programme, work, event or slogan ("appeared on “Sunday Morning Futures,”", "his “Peace
 * Through Strength.” agenda"), not words said. A label someone gave ("called him a “Disgusting Fraud”", the
 * table's not-before words) stays the speaker's words.
 */
export function isWovenTitle(text: string, q: DirectSpan, table: WorkTitleTable): boolean {
  if (!isTitleCaseName(text, q)) return false;
  const previous = /(\S+)\s*$/u.exec(text.slice(Math.max(0, q.open - 40), q.open))?.[1]?.toLowerCase() ?? '';
  return !table.notBefore.has(previous);
}
