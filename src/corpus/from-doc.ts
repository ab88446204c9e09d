import type { Doc, EntityLabel } from '../doc/types.js';
import type { ArticleRecord } from './types.js';

/** Entity types that are places: they feed the places channel, not the entities channel. */
/** A calendar value that states its year (not `XXXX-06-08`, `PAST_REF`, `P90D`). */
const YEAR_FIRST = /^\d{4}/;

const PLACE_TYPES: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * The clustering view of a pipeline Doc. Entities: the canonical name of every non-place entity, once per
 * mention (aliases and pronouns count: they are the article talking about that entity). Places: each
 * resolved place as "name, country" (so Paris, FR and Paris, US stay apart), plus place-type entities the
 * gazetteer did not resolve, by name. Dates: anchored DATE/TIME values that state a year. Title: meta.title,
 * else the first sentence.
 */
export function articleFromDoc(doc: Doc): ArticleRecord {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const entities: string[] = [];
  const placeEntities = new Set<string>();
  for (const mention of doc.mentions) {
    const entity = byId.get(mention.entity);
    if (!entity) continue;
    if (PLACE_TYPES.has(entity.type)) placeEntities.add(entity.id);
    else entities.push(entity.name);
  }
  const places = doc.places.map((p) => (p.country ? `${p.name}, ${p.country}` : p.name));
  const resolved = new Set(doc.places.map((p) => p.entity).filter((id) => id !== undefined));
  for (const id of placeEntities) {
    const entity = byId.get(id);
    if (entity && !resolved.has(id)) places.push(entity.name);
  }
  const dates = doc.timexes
    .filter((t) => t.anchored && (t.type === 'DATE' || t.type === 'TIME') && YEAR_FIRST.test(t.value))
    .map((t) => t.value);
  const title = doc.meta.title ?? doc.sentences[0]?.text;
  return {
    id: doc.id,
    text: doc.text,
    ...(title ? { title } : {}),
    ...(doc.meta.published ? { published: doc.meta.published } : {}),
    entities,
    places,
    dates,
  };
}
