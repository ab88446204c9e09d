import type { Doc } from '../../../doc/types.js';
import { nameKey } from '../../../corpus/text/terms.js';
import { kbKey, type EntityLinkRule } from '../../../corpus/store/entities.js';
import { rows, run, type Db } from '../sql.js';

/**
 * Cross-article identity, the twin of `corpus/store/entities.ts`: same rules, same order of decisions (an
 * entity linked earlier in the article can be the full name a later surname-only one joins). Same folded
 * name and type → the same corpus entity; a one-word PERSON name joins the one person of the story whose
 * full name ends in it. Decided in memory from two reads (the article's names, the story's surnames) and
 * written in two statements, not three per entity: this runs under the corpus lock, so round trips count.
 * Returns the article's entity id → corpus entity id.
 */
export async function linkEntitiesPg(db: Db, doc: Doc, storyId: string): Promise<Map<string, number>> {
  // A KB-linked entity joins on its KB id, under the KB's name (as on SQLite).
  const keyed = doc.entities.flatMap((entity) => {
    if (entity.kb) return [{ entity, key: kbKey(entity.kb.id), words: nameKey(entity.kb.name).split(' ') }];
    const key = nameKey(entity.name);
    return key ? [{ entity, key, words: key.split(' ') }] : [];
  });
  const known = await knownEntities(
    db,
    keyed.map(({ entity, key }) => ({ key, type: entity.type })),
  );
  const surnames = await storySurnames(db, storyId, [...new Set(keyed.map((k) => k.key))]);
  /** Entities this article creates, in creation order; until inserted, their ids are negative placeholders. */
  const created: { name: string; type: string; key: string; surname: string | null }[] = [];
  const decided: { entityId: string; id: number; rule: EntityLinkRule }[] = [];
  for (const { entity, key, words } of keyed) {
    const candidates = entity.type === 'PERSON' && words.length === 1 ? surnames.get(key) : undefined;
    if (candidates?.size === 1) {
      decided.push({ entityId: entity.id, id: [...candidates][0]!, rule: 'surname-in-story' });
      continue;
    }
    const surname = entity.type === 'PERSON' && words.length > 1 ? words.at(-1)! : null;
    let id = known.get(`${key}\u0000${entity.type}`);
    if (id === undefined) {
      created.push({ name: entity.kb?.name ?? entity.name, type: entity.type, key, surname });
      id = -created.length;
      known.set(`${key}\u0000${entity.type}`, id);
    }
    // Linked in this story now: a later one-word name of this article can join it, as on SQLite.
    if (surname !== null) surnames.set(surname, new Set([...(surnames.get(surname) ?? []), id]));
    decided.push({ entityId: entity.id, id, rule: entity.kb ? 'kb' : 'same-name' });
  }
  const ids = await insertEntities(db, created);
  const real = (id: number): number => (id < 0 ? ids[-id - 1]! : id);
  await run(
    db,
    `INSERT INTO corpus_entity_links (article_id, entity_id, corpus_entity_id, rule)
     SELECT $1, e, c, r FROM unnest($2::text[], $3::bigint[], $4::text[]) AS l (e, c, r)
     ON CONFLICT (article_id, entity_id) DO UPDATE SET corpus_entity_id = excluded.corpus_entity_id,
                                                      rule = excluded.rule`,
    [doc.id, decided.map((d) => d.entityId), decided.map((d) => real(d.id)), decided.map((d) => d.rule)],
  );
  return new Map(decided.map((d) => [d.entityId, real(d.id)]));
}

/** Stored corpus entities among the article's names, by `key NUL type`. */
async function knownEntities(db: Db, names: { key: string; type: string }[]): Promise<Map<string, number>> {
  const found = await rows<{ id: number; name_key: string; type: string }>(
    db,
    `SELECT ce.id, ce.name_key, ce.type FROM corpus_entities ce
       JOIN unnest($1::text[], $2::text[]) AS w (k, t) ON ce.name_key = w.k AND ce.type = w.t`,
    [names.map((n) => n.key), names.map((n) => n.type)],
  );
  return new Map(found.map((f) => [`${f.name_key}\u0000${f.type}`, f.id]));
}

/** The story's people by surname, for the surnames among `keys`: surname → corpus entity ids. */
async function storySurnames(db: Db, storyId: string, keys: string[]): Promise<Map<string, Set<number>>> {
  const found = await rows<{ id: number; surname: string }>(
    db,
    `SELECT DISTINCT ce.id, ce.surname FROM corpus_entities ce
       JOIN corpus_entity_links l ON l.corpus_entity_id = ce.id
       JOIN story_articles sa ON sa.article_id = l.article_id
      WHERE sa.story_id = $1 AND ce.type = 'PERSON' AND ce.surname = ANY ($2::text[])`,
    [storyId, keys],
  );
  const bySurname = new Map<string, Set<number>>();
  for (const f of found) bySurname.set(f.surname, new Set([...(bySurname.get(f.surname) ?? []), f.id]));
  return bySurname;
}

/** Inserts new corpus entities in the given order; returns their ids in that order. */
async function insertEntities(
  db: Db,
  created: { name: string; type: string; key: string; surname: string | null }[],
): Promise<number[]> {
  if (created.length === 0) return [];
  const inserted = await rows<{ id: number; name_key: string; type: string }>(
    db,
    `INSERT INTO corpus_entities (name, type, name_key, surname)
     SELECT n, t, k, s FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS w (n, t, k, s, i)
      ORDER BY i
     RETURNING id, name_key, type`,
    [
      created.map((c) => c.name),
      created.map((c) => c.type),
      created.map((c) => c.key),
      created.map((c) => c.surname),
    ],
  );
  const idOf = new Map(inserted.map((r) => [`${r.name_key}\u0000${r.type}`, r.id]));
  return created.map((c) => idOf.get(`${c.key}\u0000${c.type}`)!);
}
