import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** What kind of entry an affix points at: "Donetsk region" wants a region, "Kingdom of Spain" a country. */
export type AffixPrefers = 'admin' | 'country';

interface Affix {
  words: string;
  position: 'prefix' | 'suffix';
  prefers: AffixPrefers;
}

let affixes: Affix[] | undefined;

/** The affix table (`data/geo/name-affixes.tsv`), longest first so "autonomous okrug" wins over "okrug". */
function table(): Affix[] {
  affixes ??= readTsv(dataFile('geo', 'name-affixes.tsv'))
    .map((r) => ({
      words: r['affix']!.toLowerCase(),
      position: r['position'] === 'prefix' ? ('prefix' as const) : ('suffix' as const),
      prefers: r['prefers'] === 'country' ? ('country' as const) : ('admin' as const),
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

/** The affix kind of the word right after a mention ("Donetsk" + " region"), read from the raw following text. */
export function followingAffix(after: string): AffixPrefers | undefined {
  const word = /^\s+([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  if (!word) return undefined;
  return table().find((a) => a.position === 'suffix' && a.words === word)?.prefers;
}
