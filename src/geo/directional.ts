import type { Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { lookupName, type Lookup } from './lookup.js';
import { orgIsPlace } from './org-places.js';
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
): { mention: Mention; found: Lookup }[] {
  const out: { mention: Mention; found: Lookup }[] = [];
  for (const m of mentions) {
    const parts = FIRST_AND_REST.exec(m.text);
    if (!parts || !directionWords().has(parts[1]!.toLowerCase())) continue;
    const text = parts[2]!;
    const found = lookupName(text, '', gazetteer);
    if (!found || found.prefers || !orgIsPlace({ ...m, text }, found.hits, '', placeNames)) continue;
    const start = m.end - text.length;
    out.push({ mention: { ...m, start, text, label: 'GPE', entity: '', rule: DIRECTION_PART_RULE }, found });
  }
  return out;
}
