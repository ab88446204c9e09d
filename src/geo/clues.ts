import type { Doc, Entity, HomeRegion } from '../doc/types.js';
import { countryCueClues } from './country-cues.js';
import { demonymCountry } from './demonyms.js';
import type { Candidate, ToponymGroup } from './toponyms.js';
import type { GazetteerEntry } from './types.js';

/** Something in the article that points at a country or a spot: another place, a demonym, a person's nationality. */
export interface Clue {
  /** The toponym group it comes from (a group is no clue for itself). */
  group?: string;
  /**
   * That group's name key: "Indiana" and "Indiana county" are two groups of one name, and the namesakes
   * of one name vouch for nothing about each other (Indiana County, Pa. would pull "Indiana" to Indiana, Pa.).
   */
  key?: string;
  sentence: number;
  offset: number;
  country?: string;
  /** The place, for same-admin1 and distance checks. */
  entry?: GazetteerEntry;
  weight: number;
}

export interface Clues {
  all: Clue[];
  bySentence: Map<number, Clue[]>;
  /** Where the publication is based (`Meta.homeRegion`): a clue for every name of the article. */
  home?: HomeRegion;
}

/** A demonym says the country outright ("Russian forces"), nearly as strongly as a named place. */
const DEMONYM_WEIGHT = 0.8;
/** A person's or organisation's nationality is a hint: people travel. */
const NATIONALITY_WEIGHT = 0.5;
const NATIONALITY_LABELS: ReadonlySet<string> = new Set(['PERSON', 'ORG']);

/**
 * The clues of an article: each other toponym group's current reading (its winner, weighted by how sure that
 * winner was), NORP demonyms, the nationality attribute of person and organisation mentions, and country
 * cue words (country-cues.ts).
 */
export function collectClues(
  doc: Doc,
  groups: readonly ToponymGroup[],
  reading: (g: ToponymGroup) => { winner?: Candidate; confidence: number },
  cueClues: readonly Clue[] = countryCueClues(doc),
): Clues {
  const all: Clue[] = [];
  for (const g of groups) {
    const { winner, confidence: weight } = reading(g);
    if (!winner) continue;
    for (const m of g.mentions) {
      const clue: Clue = {
        group: g.id,
        key: g.key,
        sentence: m.sentence,
        offset: m.start,
        entry: winner.entry,
        weight,
      };
      if (winner.entry.country) clue.country = winner.entry.country;
      all.push(clue);
    }
  }
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  for (const m of doc.mentions) {
    const country =
      m.label === 'NORP'
        ? demonymCountry(m.text)
        : NATIONALITY_LABELS.has(m.label)
          ? entities.get(m.entity)?.attributes?.country
          : undefined;
    if (!country) continue;
    const weight = m.label === 'NORP' ? DEMONYM_WEIGHT : NATIONALITY_WEIGHT;
    all.push({ sentence: m.sentence, offset: m.start, country, weight });
  }
  all.push(...cueClues);
  const bySentence = new Map<number, Clue[]>();
  for (const c of all) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const home = doc.meta.homeRegion;
  return home ? { all, bySentence, home } : { all, bySentence };
}
