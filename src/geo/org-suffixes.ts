import type { Mention } from '../doc/types.js';
import { placePart, type PlacePart } from './place-part.js';
import { isPublicationTitle } from './org-prefixes.js';
import type { Gazetteer } from './types.js';

/** The rule of a place found after "of" at the end of an organisation's name. */
export const ORG_SUFFIX_RULE = 'geo:org-suffix';
/**
 * The capitalised words after the last "of" (or "of the") that end a name: "University of Cincinnati",
 * "Bank of Canada", "Health Ministry of Uganda". Up to four words ("University of North Carolina").
 */
const OF_TAIL = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u;

/**
 * Places named at the end of an organisation's name, after "of": gold toponym annotations (LGL) count
 * "Cincinnati" in "University of Cincinnati". The tail must be a place `orgIsPlace` accepts (a country, state,
 * county, or a town of some size, or a name the article also gives as a place), so that "Chamber of Commerce"
 * and "Department of Justice" keep their small namesake towns out. The result is a GPE mention of the geo
 * stage's own, with no entity: the entity is the organisation.
 */
export function orgSuffixPlaces(
  mentions: readonly Mention[],
  textAfter: (m: Mention) => string,
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
): PlacePart[] {
  const out: PlacePart[] = [];
  for (const m of mentions) {
    if (m.label !== 'ORG' || isPublicationTitle(m.text)) continue;
    const tail = OF_TAIL.exec(m.text)?.[1];
    if (tail === undefined) continue;
    const part = placePart(
      m,
      tail,
      m.end - tail.length,
      ORG_SUFFIX_RULE,
      gazetteer,
      placeNames,
      textAfter(m),
    );
    if (part) out.push(part);
  }
  return out;
}
