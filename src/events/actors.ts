import type { Doc, Entity, Mention } from '../doc/types.js';

/** Entity types that can be the source or target of a political event. */
const ACTOR_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** Pronoun classes (closed grammatical sets, not rules): which positions a pronoun may fill. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me', 'whom']);
/** Genitive tokens after a name: "Putin's", "the Kremlin’s", "the Saudis'". */
export const GENITIVE: ReadonlySet<string> = new Set(["'s", "'", '’s', '’']);
export const PLURAL_REFERENCES: ReadonlySet<string> = new Set(['their', 'they', 'them', 'the two', 'both']);

export function isActorEntity(entity: Entity | undefined, mention: Mention): boolean {
  return ACTOR_TYPES.has(entity?.type ?? mention.label);
}

/**
 * The entity an event records for a mention. A NORP mention ("Russian forces") stands for its country:
 * the doc's GPE entity with the same `attributes.country`, else one whose name shares the adjective's stem
 * ("Russian"/"Russia", "Ukrainian"/"Ukraine"); with neither, the NORP entity itself.
 */
export function actorEntityId(
  doc: Doc,
  entity: Entity | undefined,
  mention: Mention,
  all: Map<string, Entity>,
): string {
  if (!entity || entity.type !== 'NORP') return mention.entity;
  const gpes = doc.entities.filter((e) => e.type === 'GPE');
  const code = entity.attributes?.country;
  const byCode = code ? gpes.find((g) => g.attributes?.country === code) : undefined;
  if (byCode) return byCode.id;
  const adjective = entity.name.toLowerCase();
  const byStem = gpes.find((g) => sharesStem(adjective, g.name.toLowerCase()));
  return byStem?.id ?? (all.has(mention.entity) ? mention.entity : entity.id);
}

/**
 * "russian"/"russia", "ukrainian"/"ukraine", "chinese"/"china": the adjective starts with the whole country
 * name but for at most its last letter (so "austrian" does not match "australia").
 */
function sharesStem(adjective: string, country: string): boolean {
  let n = 0;
  while (n < adjective.length && n < country.length && adjective[n] === country[n]) n++;
  return n >= 4 && n >= country.length - 1;
}
