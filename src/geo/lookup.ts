import { followingAffix, PREFERRED, stripAffix, type AffixPrefers } from './affixes.js';
import { foldName, withoutPossessive } from './normalise.js';
import type { Gazetteer, IndexHit } from './types.js';

/** One way of reading a mention's text as a gazetteer key. */
interface Reading {
  key: string;
  prefers?: AffixPrefers;
}

/**
 * Abbreviated first words of place names, as news writes them and GeoNames often does not ("Mt. Pleasant" is
 * GeoNames' "Mount Pleasant", "St. Paris" its "Saint Paris"). Keys are folded (no period).
 */
// prettier-ignore
const ABBREVIATED_WORDS: Readonly<Record<string, string>> = {
  mt: 'mount',
  st: 'saint',
  ste: 'sainte',
  ft: 'fort',
  pt: 'point',
};
/** Abbreviated last words: "Pott Co." is Pottawattamie County's short form, "Tewksbury Twp." a township. */
// prettier-ignore
const ABBREVIATED_LAST_WORDS: Readonly<Record<string, string>> = {
  co: 'county',
  twp: 'township',
};
const FIRST_WORD = /^(\S+) /;
const LAST_WORD = / (\S+)$/;

function expandAbbreviation(key: string): string | undefined {
  const first = FIRST_WORD.exec(key)?.[1];
  const last = LAST_WORD.exec(key)?.[1];
  const fullFirst = first === undefined ? undefined : ABBREVIATED_WORDS[first];
  const fullLast = last === undefined ? undefined : ABBREVIATED_LAST_WORDS[last];
  if (!fullFirst && !fullLast) return undefined;
  const middle = key.slice(fullFirst ? first!.length : 0, fullLast ? key.length - last!.length : key.length);
  return (fullFirst ?? '') + middle + (fullLast ?? '');
}

/**
 * The readings tried in order, the first with index hits wins: the text as written ("Czech Republic"),
 * without a possessive ("Ukraine’s"), with its abbreviated first word written out ("Mt. Pleasant"), without
 * an administrative affix ("Donetsk region" → "donetsk", wanting a region).
 */
const READINGS: readonly ((text: string) => Reading | undefined)[] = [
  (text) => ({ key: foldName(text) }),
  (text) => {
    const bare = withoutPossessive(text);
    return bare === undefined ? undefined : { key: foldName(bare) };
  },
  (text) => {
    const full = expandAbbreviation(foldName(withoutPossessive(text) ?? text));
    return full === undefined ? undefined : { key: full };
  },
  (text) => {
    const folded = foldName(withoutPossessive(text) ?? text);
    const stripped = stripAffix(expandAbbreviation(folded) ?? folded);
    return stripped && { key: stripped.core, prefers: stripped.prefers };
  },
];

export interface Lookup {
  key: string;
  /** The kind of place the wording asks for ("region" after the name asks for an admin area). */
  prefers?: AffixPrefers;
  hits: readonly IndexHit[];
}

/**
 * Gazetteer hits for a mention's text; `after` is the text following the mention (for "Donetsk" + " region"),
 * `before` the text before it (for the last name of a list: "Jackson and " + "Barrow" + " counties").
 */
export function lookupName(
  text: string,
  after: string,
  gazetteer: Gazetteer,
  before = '',
): Lookup | undefined {
  const exact = gazetteer.exactHits(withoutPossessive(text) ?? text);
  if (exact.length) return { key: text, hits: exact };
  const following = followingAffix(after, before);
  for (const read of READINGS) {
    const reading = read(text);
    if (!reading?.key) continue;
    if (following?.singular && !reading.prefers) {
      // "Barrow" in "Jackson and Barrow counties": the gazetteer's "Barrow County", if it has one.
      const listed = `${reading.key} ${following.singular}`;
      const listedHits = gazetteer.hits(listed);
      if (listedHits.length) return { key: listed, hits: listedHits };
    }
    const hits = gazetteer.hits(reading.key);
    if (hits.length === 0) continue;
    // A kind asked for by the name itself ("Laurel County") stands even when the gazetteer lacks it; one
    // asked for only by the next word stands only when some hit is of that kind: in "U.S. District Judge"
    // and "New Zealand Department of Conservation" the word belongs to another name.
    const prefers =
      reading.prefers ??
      (following && hits.some((h) => PREFERRED[following.prefers](h.entry)) ? following.prefers : undefined);
    return prefers ? { key: reading.key, prefers, hits } : { key: reading.key, hits };
  }
  return undefined;
}
