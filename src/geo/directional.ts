import type { Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { placePart, type PlacePart } from './place-part.js';
import type { Gazetteer } from './types.js';

/** The rule of a place named after a word for a part of it ("Georgia" in "Northeast Georgia"). */
export const DIRECTION_PART_RULE = 'geo:direction-part';
/** A first word and the capitalised rest of the name: "Northeast" + "Georgia", "Metro" + "Atlanta". */
const FIRST_AND_REST = /^(\p{L}+)\s+(\p{Lu}.*)$/u;

let words: Set<string> | undefined;
/** `data/geo/direction-words.tsv`: "North", "Western", "Metro", "Downtown". */
function directionWords(): Set<string> {
  words ??= new Set(readTsv(dataFile('geo', 'direction-words.tsv')).map((r) => r['word']!));
  return words;
}

/**
 * The place inside a part-of-a-place name the gazetteer does not know as a whole: "Northeast Georgia",
 * "Western Pennsylvania", "Metro Atlanta". The caller passes the place mentions not found as a whole. The
 * rest must be a place `orgIsPlace` accepts (a country, state, county or sizeable town, or a name the
 * article also gives as a place), so "West Side" or "East Bank" stay unread. The result is a GPE mention
 * of the geo stage's own, with no entity: the entity is the part of the place.
 */
export function directionalPlaces(
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
): PlacePart[] {
  const out: PlacePart[] = [];
  for (const m of mentions) {
    const parts = FIRST_AND_REST.exec(m.text);
    if (!parts || !directionWords().has(parts[1]!.toLowerCase())) continue;
    const text = parts[2]!;
    const part = placePart(m, text, m.end - text.length, DIRECTION_PART_RULE, gazetteer, placeNames);
    if (part) out.push(part);
  }
  return out;
}
