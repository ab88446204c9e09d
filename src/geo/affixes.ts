import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import type { GazetteerEntry } from './types.js';

/**
 * What kind of entry an affix points at: "Donetsk region" wants a region, "Kingdom of Spain" a country,
 * "Quebec City" a town.
 */
export type AffixPrefers = 'admin' | 'country' | 'town';

const isAdminLike = (e: GazetteerEntry): boolean =>
  e.featureClass.startsWith('A.ADM') || e.featureClass === 'L.RGN';
/** Which entries each kind accepts. */
export const PREFERRED: Readonly<Record<AffixPrefers, (e: GazetteerEntry) => boolean>> = {
  admin: isAdminLike,
  country: (e) => e.featureClass.startsWith('A.PCL'),
  town: (e) => e.featureClass.startsWith('P.'),
};
const KINDS: ReadonlySet<string> = new Set(Object.keys(PREFERRED));

interface Affix {
  words: string;
  /** `plural` ends a list of names ("Jackson and Barrow counties"): read after a mention, never stripped. */
  position: 'prefix' | 'suffix' | 'plural';
  prefers: AffixPrefers;
}

const POSITIONS: ReadonlySet<string> = new Set(['prefix', 'suffix', 'plural']);
/** The rest of a list of names after a mention: ", Henderson and Ellis", " and Barrow", or nothing. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const LIST_REST = new RegExp(
  String.raw`^((?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)${NAME})*)\s+([a-z]+)\b`,
  'u',
);
/** The text before the last name of a list: "Jackson and " (Barrow counties). */
const LIST_BEFORE = /(?:,|\band|\bor|&)\s*$/;

let affixes: Affix[] | undefined;

/** The affix table (`data/geo/name-affixes.tsv`), longest first so "autonomous okrug" wins over "okrug". */
function table(): Affix[] {
  affixes ??= readTsv(dataFile('geo', 'name-affixes.tsv'))
    .map((r) => ({
      words: r['affix']!.toLowerCase(),
      position: (POSITIONS.has(r['position']!) ? r['position'] : 'suffix') as Affix['position'],
      prefers: (KINDS.has(r['prefers']!) ? r['prefers'] : 'admin') as AffixPrefers,
    }))
    .sort((a, b) => b.words.length - a.words.length);
  return affixes;
}

/** A folded name without its administrative affix ("donetsk region" → "donetsk"), or undefined. */
export function stripAffix(key: string): { core: string; prefers: AffixPrefers } | undefined {
  for (const a of table()) {
    if (a.position === 'suffix' && key.endsWith(' ' + a.words)) {
      const core = key.slice(0, -a.words.length - 1).trim();
      if (core) return { core, prefers: a.prefers };
    }
    if (a.position === 'prefix' && key.startsWith(a.words + ' ')) {
      const core = key.slice(a.words.length + 1).trim();
      if (core) return { core, prefers: a.prefers };
    }
  }
  return undefined;
}

/** The English plural of an affix word: county → counties, parish → parishes, region → regions. */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return /(sh|ch|s|x)$/.test(word) ? word + 'es' : word + 's';
}

/** What the text after a mention says it is: the kind of place, and for a list, the singular affix word. */
export interface FollowingAffix {
  prefers: AffixPrefers;
  /** "county" when the mention ends a list of counties: "Barrow" there is read as "Barrow County". */
  singular?: string;
}

/**
 * The affix kind of the word right after a mention ("Donetsk" + " region"), or of the plural that ends the
 * list the mention is in ("Jackson" + " and Barrow counties", "Jackson and " + "Barrow" + " counties"), read
 * from the raw text after (and, for the last name of a list, before) the mention.
 */
export function followingAffix(after: string, before = ''): FollowingAffix | undefined {
  const word = /^\s+([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  const single = word && table().find((a) => a.position === 'suffix' && a.words === word);
  if (single) return { prefers: single.prefers };
  // Only a list: "Indiana counties" are counties in Indiana, "Jackson and Barrow counties" two counties.
  const list = LIST_REST.exec(after);
  if (!list || (list[1] === '' && !LIST_BEFORE.test(before))) return undefined;
  const plural = list[2]!;
  const row = table().find((a) => a.position === 'plural' && pluralOf(a.words) === plural);
  return row && { prefers: row.prefers, singular: row.words };
}
