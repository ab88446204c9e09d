import type { Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { placePart, type PlacePart } from './place-part.js';
import type { Gazetteer } from './types.js';

/** The rule of a place found at the start of an organisation's name. */
export const ORG_PREFIX_RULE = 'geo:org-prefix';
/** Longest place name tried at the start of an organisation's name, in words ("Rio Grande do Sul"). */
const MAX_WORDS = 4;
const WORD = /\S+/g;
const ARTICLE = /^the\s/i;
/** The last word of a place name has a letter: not a dash or a number ("St. Marys —"). */
const HAS_LETTER = /\p{L}/u;

let generics: Map<string, boolean> | undefined;
/**
 * `data/geo/feature-generics.tsv`: "Drive", "River", "Valley" after a name make another feature; the value
 * says whether an office word after the generic undoes that ("Highway Patrol").
 */
function genericWords(): Map<string, boolean> {
  generics ??= new Map(
    readTsv(dataFile('geo', 'feature-generics.tsv')).map((r) => [r['word']!, r['officeAfter'] === 'yes']),
  );
  return generics;
}
let publication: Set<string> | undefined;
/** `data/geo/publication-words.tsv`: "Times", "Post", "Journal" make a name a newspaper's title. */
function publicationWords(): Set<string> {
  publication ??= new Set(readTsv(dataFile('geo', 'publication-words.tsv')).map((r) => r['word']!));
  return publication;
}

/** True when a word of the name makes it a newspaper's title ("Los Angeles Times", "Sun News of Myrtle Beach"). */
export const isPublicationTitle = (name: string): boolean =>
  [...name.matchAll(WORD)].some((w) => publicationWords().has(w[0]));

let company: Set<string> | undefined;
/** `data/geo/company-words.tsv`: "Energy", "Holdings", "Inc." make a name a company's. */
function companyWords(): Set<string> {
  company ??= new Set(readTsv(dataFile('geo', 'company-words.tsv')).map((r) => r['word']!));
  return company;
}

/** True when a word after the first makes the name a company's ("Peabody Energy", "Fresno Holdings"). */
const isCompanyName = (name: string): boolean =>
  [...name.matchAll(WORD)].slice(1).some((w) => companyWords().has(w[0]));

/**
 * A town at the start of a company's name is the company's brand (Peabody, Massachusetts in "Peabody
 * Energy"); a country or state there ("Singapore Airlines", "Texas Instruments") is still counted as a place,
 * as toponym annotations do.
 */
const isBrandTown = (name: string, part: PlacePart): boolean =>
  isCompanyName(name) && !part.found.hits.some((h) => h.entry.featureClass.startsWith('A.'));

let offices: Set<string> | undefined;
/** `data/geo/office-words.tsv`: "Mayor", "Sheriff", "Council", "Patrol" after a place name. */
export function officeWords(): Set<string> {
  offices ??= new Set(readTsv(dataFile('geo', 'office-words.tsv')).map((r) => r['word']!));
  return offices;
}

const genericKey = (word: string): string => word.toLowerCase().replace(/\./g, '');

/** True when `word` makes the name before it another feature, given the word after it ("Highway Patrol"). */
function isGeneric(word: string | undefined, next: string | undefined): boolean {
  if (word === undefined) return false;
  const officeAfter = genericWords().get(genericKey(word));
  if (officeAfter === undefined) return false;
  return !(officeAfter && next !== undefined && officeWords().has(next));
}

/**
 * Places named at the start of an organisation's name: "Huntsville Fire Department", "Walker County Sheriff's
 * Office", "Texas Department of Health". Gold toponym annotations (LGL) count the place there; the nlp stage
 * gives only the whole name, as ORG (or as a place with the rest of the name: "West Virginia Division of
 * Highways" as LOC, "North Dakota Governor John Hoeven"). The caller passes the ORG mentions and the place
 * mentions the gazetteer did not know as a whole. The longest leading run of words the gazetteer knows is
 * taken, when `orgIsPlace` accepts it as a place (a well-known kind, or named as a place elsewhere in the
 * article). The result is a GPE mention of the geo stage's own, with no entity: the entity is the organisation.
 */
export function orgPrefixPlaces(
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
  /** When given, a place is taken only if this accepts it and the word after it (PERSON names: an office). */
  accepts?: (place: string, next: string | undefined) => boolean,
): PlacePart[] {
  const out: PlacePart[] = [];
  for (const m of mentions) {
    if (ARTICLE.test(m.text)) continue;
    if (isPublicationTitle(m.text)) continue; // "Los Angeles Times": a newspaper
    const words = [...m.text.matchAll(WORD)];
    for (let k = Math.min(MAX_WORDS, words.length - 1); k >= 1; k--) {
      const last = words[k - 1]!;
      const text = m.text.slice(0, last.index + last[0].length);
      if (!/^\p{Lu}/u.test(text) || /['’]s$/.test(text) || !HAS_LETTER.test(last[0])) continue;
      // "Washington Drive": a street, not Washington. Only this reading is out: in "Laurel County Fiscal
      // Court" the generic "Court" ends the office's name, and the shorter "Laurel County" is still a place.
      // …but "Florida Highway Patrol" is Florida's patrol (the generic's `officeAfter` column).
      if (isGeneric(words[k]?.[0], words[k + 1]?.[0])) continue;
      if (accepts && !accepts(text, words[k]?.[0])) continue;
      const part = placePart(m, text, m.start, ORG_PREFIX_RULE, gazetteer, placeNames);
      if (!part) continue;
      if (!isBrandTown(m.text, part)) out.push(part);
      break;
    }
  }
  return out;
}
