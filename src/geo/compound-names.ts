import type { Mention } from '../doc/types.js';
import { placePart, type PlacePart } from './place-part.js';
import type { Gazetteer } from './types.js';

/** The rule of a place found as one part of a hyphenated or slashed pair. */
export const COMPOUND_PART_RULE = 'geo:compound-part';
/** Parts joined by a hyphen or slash with no space: "Fargo-Moorhead", "Otter Tail/Grant", "DFL-Minneapolis". */
const PART = /[^-/–]+/g;
const JOINER = /[-/–]/;

/**
 * Places joined into one name: twin cities ("Fargo-Moorhead"), neighbouring counties ("Grant/Wilkin"), a
 * party tag before a home town ("DFL-Minneapolis"). The nlp stage gives the whole as one mention, which the
 * gazetteer does not know; each capitalised part it knows as a well-known kind of place, or as a place named
 * elsewhere in the article (`orgIsPlace`), becomes a GPE mention of its own, with no entity.
 */
export function compoundPlaces(
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
): PlacePart[] {
  const out: PlacePart[] = [];
  for (const m of mentions) {
    if (!JOINER.test(m.text) || /\s[-/–]|[-/–]\s/.test(m.text)) continue;
    for (const part of m.text.matchAll(PART)) {
      const text = part[0];
      if (!/^\p{Lu}/u.test(text) || text.length < 3) continue;
      const place = placePart(m, text, m.start + part.index, COMPOUND_PART_RULE, gazetteer, placeNames);
      if (place) out.push(place);
    }
  }
  return out;
}
