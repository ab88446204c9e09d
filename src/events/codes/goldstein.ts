/**
 * Goldstein scale and QuadClass per CAMEO event code (data/events/goldstein.tsv, GDELT's values), and the
 * finer CAMEO code of a cue verb where CAMEO.2.0's verb dictionary gives one (data/events/verb-codes.tsv).
 */
import type { Context } from '../../context.js';
import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import { eventTables } from '../tables.js';

/** GDELT QuadClass by CAMEO root: 01–05 verbal cooperation … 15–20 material conflict. */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 | undefined {
  const n = Number(root);
  if (!/^\d{2}$/.test(root) || n < 1 || n > 20) return undefined;
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

export interface CodeTables {
  goldstein: ReadonlyMap<string, number>;
  verbCodes: ReadonlyMap<string, string>;
}

export function codeTables(ctx: Context): CodeTables {
  return ctx.cache.get('events:code-tables', () => ({
    goldstein: new Map(
      readTsv(dataFile('events', 'goldstein.tsv')).map((r) => [r['cameo'] ?? '', Number(r['goldstein'])]),
    ),
    verbCodes: eventTables(ctx).dictionary.verbCodes,
  }));
}

/**
 * The full code of an event: the code its coder gave if finer than the root; else the verb's own code
 * from CAMEO.2.0 when it falls under the event's root; else the root's "not specified below" code.
 */
export function fullCode(
  root: string,
  given: string | undefined,
  cueWords: readonly string[],
  t: CodeTables,
): string {
  if (given && given.length >= 3 && given.startsWith(root)) return given;
  for (let n = cueWords.length; n > 0; n--) {
    const code = t.verbCodes.get(cueWords.slice(0, n).join(' '));
    if (code?.startsWith(root)) return code;
  }
  return `${root}0`;
}

export function goldsteinOf(code: string, t: CodeTables): number | undefined {
  return t.goldstein.get(code) ?? t.goldstein.get(code.slice(0, 3)) ?? t.goldstein.get(code.slice(0, 2));
}
