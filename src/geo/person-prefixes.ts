import type { Mention } from '../doc/types.js';
import { endsInCountyWord } from './county-names.js';
import type { Lookup } from './lookup.js';
import { officeWords, orgPrefixPlaces } from './org-prefixes.js';
import type { Gazetteer } from './types.js';

/**
 * Places at the start of a PERSON mention that holds an office title: "Toledo Mayor Carty Finkbeiner",
 * "Anderson County Sheriff Greg Taylor", "Laurel County Clerk Dean Johnson". The nlp stage takes the whole
 * as one person's name. Taken only when the place is followed by an office word, or is itself a county
 * ("Douglas County Public Works Director …"): "Washington Irving" and "Paris Hilton" stay people. The same
 * reading as `orgPrefixPlaces` otherwise (longest known prefix, accepted by `orgIsPlace`).
 */
export function personPrefixPlaces(
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
): { mention: Mention; found: Lookup }[] {
  const people = mentions.filter((m) => m.label === 'PERSON');
  return orgPrefixPlaces(
    people,
    gazetteer,
    placeNames,
    (place, next) => next !== undefined && (officeWords().has(next) || endsInCountyWord(place)),
  );
}
