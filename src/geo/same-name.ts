import type { Entity, Mention } from '../doc/types.js';
import { foldName } from './normalise.js';

/** Labels the nlp stage gives a place name by mistake when it reads it as a person (MISC goes the ORG way). */
const MISREAD_LABELS: ReadonlySet<string> = new Set(['PERSON']);
const PLACE_LABELS: ReadonlySet<string> = new Set(['GPE', 'LOC']);
/** A capitalised word right after the mention: the name is part of a longer one ("Denver Broncos"). */
const NAME_AFTER = /^[ \t]+\p{Lu}/u;

/** How often the nlp stage labelled each name (folded) as a place and as a person. */
export interface NameVotes {
  place: Map<string, number>;
  person: Map<string, number>;
}

export function nameVotes(mentions: readonly Mention[]): NameVotes {
  const votes: NameVotes = { place: new Map(), person: new Map() };
  for (const m of mentions) {
    const tally = PLACE_LABELS.has(m.label) ? votes.place : m.label === 'PERSON' ? votes.person : undefined;
    if (!tally) continue;
    const key = foldName(m.text);
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  return votes;
}

/**
 * One sense per article: a PERSON mention whose text the article also names as a place (a GPE/LOC
 * mention with the same name, at least as often as a person) is that place, mislabelled ("Mansfield approved
 * the budget" in an article about Mansfield, Texas). Only when its entity is that one name: "Mansfield" read
 * as the surname of "Curtis Mansfield" (coreference gave it his entity) stays a person.
 */
export function misreadAsPlace(
  mention: Mention,
  entity: Entity | undefined,
  after: string,
  votes: NameVotes,
): boolean {
  if (!MISREAD_LABELS.has(mention.label) || NAME_AFTER.test(after)) return false;
  const key = foldName(mention.text);
  const place = votes.place.get(key) ?? 0;
  if (place === 0 || (votes.person.get(key) ?? 0) > place) return false;
  return !entity || foldName(entity.name) === key;
}
