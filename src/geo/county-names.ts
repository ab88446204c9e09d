import type { Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import type { Lookup } from './lookup.js';
import { foldName } from './normalise.js';
import type { Gazetteer, IndexHit } from './types.js';

/** A capitalised word right after the mention: the name is part of a longer one ("Henry County Sheriff"). */
const NAME_AFTER = /^[ \t]+\p{Lu}/u;

let kinds: string[] | undefined;
let kindAtEnd: RegExp | undefined;
/** The words US county-equivalents' names end in (`data/geo/us-county-kinds.tsv`: County, Parish, Borough). */
function countyKinds(): string[] {
  kinds ??= [...new Set(readTsv(dataFile('geo', 'us-county-kinds.tsv')).map((r) => r['kind']!))];
  return kinds;
}

/** True when a hit is a county (GeoNames admin2) found under its own name. */
export const isCountyHit = (h: IndexHit): boolean => h.via === 'name' && h.entry.featureClass === 'A.ADM2';

/**
 * A PERSON mention that is a county's full name ("Laurel County approved the levy", "Caddo Parish"): no
 * person is called that, so the nlp stage misread a county that governs or is governed. Only when it ends in
 * a county word and no capitalised word follows ("Henry County Sheriff …" is a longer name); the caller
 * checks that the gazetteer has a county of exactly that name (`isCountyHit`).
 */
export function namesACounty(mention: Mention, after: string): boolean {
  return mention.label === 'PERSON' && !NAME_AFTER.test(after) && endsInCountyWord(mention.text);
}

/** True when a name ends in a county word: "Laurel County", "Caddo Parish". */
export function endsInCountyWord(name: string): boolean {
  kindAtEnd ??= new RegExp(`\\s(?:${countyKinds().join('|')})$`);
  return kindAtEnd.test(name);
}

/**
 * A place name the gazetteer does not know, read as the county it names without its county word: news
 * writes "Sarpy", "Miami-Dade" and "Pointe Coupee" for Sarpy County, Miami-Dade County and Pointe Coupee
 * Parish. Only county hits under the full name count, so a name the gazetteer lacks stays unknown otherwise.
 */
export function bareCountyLookup(text: string, gazetteer: Gazetteer): Lookup | undefined {
  const key = foldName(text);
  for (const kind of countyKinds()) {
    const full = `${key} ${kind.toLowerCase()}`;
    const hits = gazetteer.hits(full).filter(isCountyHit);
    if (hits.length) return { key: full, hits };
  }
  return undefined;
}
