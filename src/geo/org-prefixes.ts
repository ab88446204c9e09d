import type { Mention } from '../doc/types.js';
import { lookupName, type Lookup } from './lookup.js';
import { orgIsPlace } from './org-places.js';
import type { Gazetteer } from './types.js';

/** The rule of a place found at the start of an organisation's name. */
export const ORG_PREFIX_RULE = 'geo:org-prefix';
/** Longest place name tried at the start of an organisation's name, in words ("Rio Grande do Sul"). */
const MAX_WORDS = 4;
const WORD = /\S+/g;
const ARTICLE = /^the\s/i;

/**
 * Places named at the start of an organisation's name: "Huntsville Fire Department", "Walker County Sheriff's
 * Office", "Texas Department of Health". Gold toponym annotations (LGL) count the place there; the nlp stage
 * gives only the whole name, as ORG. The longest leading run of words the gazetteer knows is taken, when
 * `orgIsPlace` accepts it as a place (a well-known kind, or named as a place elsewhere in the article). The
 * result is a GPE mention of the geo stage's own, with no entity: the entity is the organisation.
 */
export function orgPrefixPlaces(
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
): { mention: Mention; found: Lookup }[] {
  const out: { mention: Mention; found: Lookup }[] = [];
  for (const m of mentions) {
    if (m.label !== 'ORG' || ARTICLE.test(m.text)) continue;
    const words = [...m.text.matchAll(WORD)];
    for (let k = Math.min(MAX_WORDS, words.length - 1); k >= 1; k--) {
      const last = words[k - 1]!;
      const text = m.text.slice(0, last.index + last[0].length);
      if (!/^\p{Lu}/u.test(text) || /['’]s$/.test(text)) continue;
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
