import { sentenceIndexAt } from '../doc/query.js';
import type { Doc, Mention } from '../doc/types.js';
import { lookupName, type Lookup } from './lookup.js';
import { stateAbbreviations } from './sources/aliases.js';
import type { Gazetteer } from './types.js';

/** The rule of a state abbreviation the geo stage found after "Town, " itself. */
export const STATE_ABBREVIATION_RULE = 'geo:state-abbreviation';

let pattern: RegExp | undefined;

/**
 * "Town, Abbr." as AP datelines and news write a US town's state: a capitalised word, a comma, then an
 * abbreviation from `data/geo/us-state-abbreviations.tsv` ("South Bend, Ind.", "FAIRFIELD, Conn. --"), not
 * followed by a letter, digit or hyphen ("Mass.-based"). Compiled once; the abbreviations match exactly as written.
 */
function abbreviationPattern(): RegExp {
  if (pattern) return pattern;
  const escaped = stateAbbreviations()
    .map((r) => r.abbreviation)
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  pattern = new RegExp(`(?<=\\p{Lu}[\\p{L}.'’-]*, )(?:${escaped.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  return pattern;
}

/**
 * The state abbreviations after "Town, " that no mention of the nlp stage covers (its tagger often leaves
 * "Ind." or "Conn." out): each becomes a GPE mention of the geo stage's own, with no entity.
 */
export function stateAbbreviationPlaces(
  doc: Doc,
  gazetteer: Gazetteer,
): { mention: Mention; found: Lookup }[] {
  const out: { mention: Mention; found: Lookup }[] = [];
  for (const m of doc.text.matchAll(abbreviationPattern())) {
    const start = m.index;
    const end = start + m[0].length;
    if (doc.mentions.some((x) => x.start < end && x.end > start)) continue;
    const found = lookupName(m[0], '', gazetteer);
    if (!found) continue;
    const sentence = sentenceIndexAt(doc, start);
    const mention: Mention = {
      start,
      end,
      text: m[0],
      label: 'GPE',
      entity: '',
      sentence,
      rule: STATE_ABBREVIATION_RULE,
    };
    out.push({ mention, found });
  }
  return out;
}
