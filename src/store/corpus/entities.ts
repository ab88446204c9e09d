import { sql } from 'kysely';
import { nameKey } from '../../corpus/text/terms.js';
import type { Doc } from '../../doc/types.js';
import { rows, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import { insertRows } from '../sql/insert.js';

/** How an article's entity was linked to its corpus entity. */
type EntityLinkRule = 'same-name' | 'surname-in-story' | 'kb';

/** The corpus key of a KB identity: never equal to a folded name (those have no colon). */
const kbKey = (id: string): string => `kb:${id}`;

const LINK_CONFLICT = `ON CONFLICT (article_id, entity_id) DO UPDATE
  SET corpus_entity_id = excluded.corpus_entity_id, rule = excluded.rule`;

interface NewEntity {
  name: string;
  type: string;
  key: string;
  surname: string | null;
}

/**
 * Cross-article identity: every entity of `doc` is linked to one corpus entity. Same canonical name (folded:
 * case, dots, spacing) and same type → the same corpus entity. A person named by one word only ("Putin") is
 * linked to the one person of the story whose full name ends in that word ("Vladimir Putin"); when the
 * story has none, or more than one (two Kims), it keeps an identity of its own. An entity linked to the
 * knowledge base joins on its KB id first, under the KB's name ("Hillary Rodham Clinton" and "Hillary
 * Clinton" are one). Decisions follow the article's order (an entity linked earlier can be the full name a
 * later surname-only one joins), made in memory from two reads (the article's names, the story's surnames)
 * and written in two statements: this runs under the corpus lock, so round trips count.
 * Returns the article's entity id → corpus entity id.
 */
export async function linkEntities(
  db: Db,
  dialect: SqlDialect,
  doc: Doc,
  storyId: string,
): Promise<Map<string, number>> {
  const keyed = doc.entities.flatMap((entity) => {
    if (entity.kb) return [{ entity, key: kbKey(entity.kb.id), words: nameKey(entity.kb.name).split(' ') }];
    const key = nameKey(entity.name);
    return key ? [{ entity, key, words: key.split(' ') }] : [];
  });
  if (keyed.length === 0) return new Map();
  const keys = [...new Set(keyed.map((k) => k.key))];
  const known = await knownEntities(db, dialect, keys);
  const surnames = await storySurnames(db, dialect, storyId, keys);
  /** Entities this article creates, in creation order; until inserted, their ids are negative placeholders. */
  const created: NewEntity[] = [];
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
    // Linked in this story now: a later one-word name of this article can join it.
    if (surname !== null) surnames.set(surname, new Set([...(surnames.get(surname) ?? []), id]));
    decided.push({ entityId: entity.id, id, rule: entity.kb ? 'kb' : 'same-name' });
  }
  const ids = await insertEntities(db, dialect, created);
  const real = (id: number): number => (id < 0 ? ids[-id - 1]! : id);
  const links = decided.map((d) => ({
    article_id: doc.id,
    entity_id: d.entityId,
    corpus_entity_id: real(d.id),
    rule: d.rule,
  }));
  await insertRows(db, dialect, 'corpus_entity_links', links, LINK_CONFLICT);
  return new Map(decided.map((d) => [d.entityId, real(d.id)]));
}

/** Stored corpus entities of the article's name keys (of any type), by `key NUL type`. */
async function knownEntities(db: Db, dialect: SqlDialect, keys: string[]): Promise<Map<string, number>> {
  const found = await rows<{ id: number; name_key: string; type: string }>(
    db,
    sql`SELECT id, name_key, type FROM corpus_entities WHERE ${dialect.oneOf(sql`name_key`, keys)}`,
  );
  return new Map(found.map((f) => [`${f.name_key}\u0000${f.type}`, Number(f.id)]));
}

/** The story's people by surname, for the surnames among `keys`: surname → corpus entity ids. */
async function storySurnames(
  db: Db,
  dialect: SqlDialect,
  storyId: string,
  keys: string[],
): Promise<Map<string, Set<number>>> {
  const found = await rows<{ id: number; surname: string }>(
    db,
    sql`SELECT DISTINCT ce.id, ce.surname FROM corpus_entities ce
          JOIN corpus_entity_links l ON l.corpus_entity_id = ce.id
          JOIN story_articles sa ON sa.article_id = l.article_id
         WHERE sa.story_id = ${storyId} AND ce.type = 'PERSON' AND ${dialect.oneOf(sql`ce.surname`, keys)}`,
  );
  const bySurname = new Map<string, Set<number>>();
  for (const f of found)
    bySurname.set(f.surname, new Set([...(bySurname.get(f.surname) ?? []), Number(f.id)]));
  return bySurname;
}

/** Inserts new corpus entities in the given order; returns their ids in that order. */
async function insertEntities(db: Db, dialect: SqlDialect, created: NewEntity[]): Promise<number[]> {
  const values = created.map((c) => ({ name: c.name, type: c.type, name_key: c.key, surname: c.surname }));
  const inserted = await insertRows<{ id: number; name_key: string; type: string }>(
    db,
    dialect,
    'corpus_entities',
    values,
    'RETURNING id, name_key, type',
  );
  const idOf = new Map(inserted.map((r) => [`${r.name_key}\u0000${r.type}`, Number(r.id)]));
  return created.map((c) => idOf.get(`${c.key}\u0000${c.type}`)!);
}
