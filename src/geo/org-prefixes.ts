import type { Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { lookupName, type Lookup } from './lookup.js';
import { orgIsPlace } from './org-places.js';
import type { Gazetteer } from './types.js';

/** The rule of a place found at the start of an organisation's name. */
export const ORG_PREFIX_RULE = 'geo:org-prefix';
/** Longest place name tried at the start of an organisation's name, in words ("Rio Grande do Sul"). */
const MAX_WORDS = 4;
const WORD = /\S+/g;
const ARTICLE = /^the\s/i;
/** The last word of a place name has a letter: not a dash or a number ("St. Marys —"). */
const HAS_LETTER = /\p{L}/u;

let generics: Set<string> | undefined;
/** `data/geo/feature-generics.tsv`: "Drive", "River", "Valley" after a name make another feature. */
function genericWords(): Set<string> {
  generics ??= new Set(readTsv(dataFile('geo', 'feature-generics.tsv')).map((r) => r['word']!));
  return generics;
}
let publication: Set<string> | undefined;
/** `data/geo/publication-words.tsv`: "Times", "Post", "Journal" make a name a newspaper's title. */
function publicationWords(): Set<string> {
  publication ??= new Set(readTsv(dataFile('geo', 'publication-words.tsv')).map((r) => r['word']!));
  return publication;
}

const isGeneric = (word: string | undefined): boolean =>
  word !== undefined && genericWords().has(word.toLowerCase().replace(/\./g, ''));

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
): { mention: Mention; found: Lookup }[] {
  const out: { mention: Mention; found: Lookup }[] = [];
  for (const m of mentions) {
    if (ARTICLE.test(m.text)) continue;
    const words = [...m.text.matchAll(WORD)];
    if (words.some((w) => publicationWords().has(w[0]))) continue; // "Los Angeles Times": a newspaper
    for (let k = Math.min(MAX_WORDS, words.length - 1); k >= 1; k--) {
      const last = words[k - 1]!;
      const text = m.text.slice(0, last.index + last[0].length);
      if (!/^\p{Lu}/u.test(text) || /['’]s$/.test(text) || !HAS_LETTER.test(last[0])) continue;
      if (isGeneric(words[k]?.[0])) break; // "Washington Drive": a street, not Washington
      const found = lookupName(text, '', gazetteer);
      if (!found || found.prefers || !orgIsPlace({ ...m, text }, found.hits, '', placeNames)) continue;
      const mention: Mention = {
        ...m,
        end: m.start + text.length,
        text,
        label: 'GPE',
        entity: '',
        rule: ORG_PREFIX_RULE,
      };
      out.push({ mention, found });
      break;
    }
  }
  return out;
}
