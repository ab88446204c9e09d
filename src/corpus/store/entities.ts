import type { Doc } from '../../doc/types.js';
import { nameKey } from '../text/terms.js';
import type { Statements } from './sql.js';

/** How an article's entity was linked to its corpus entity. */
export type EntityLinkRule = 'same-name' | 'surname-in-story' | 'kb';

/**
 * Cross-article identity: every entity of `doc` is linked to one corpus entity. Same canonical name (folded:
 * case, dots, spacing) and same type → the same corpus entity. A person named by one word only ("Putin") is
 * linked to the one person of the story whose full name ends in that word ("Vladimir Putin"); when the
 * story has none, or more than one (two Kims), it keeps an identity of its own. An entity linked to the
 * knowledge base joins on its KB id first ("Hillary Rodham Clinton" and "Hillary Clinton" are one).
 * Returns the article's entity id → corpus entity id.
 */
export function linkEntities(sql: Statements, doc: Doc, storyId: string): Map<string, number> {
  const links = new Map<string, number>();
  const insertLink = sql.get(
    `INSERT OR REPLACE INTO corpus_entity_links (article_id, entity_id, corpus_entity_id, rule)
     VALUES (?, ?, ?, ?)`,
  );
  for (const entity of doc.entities) {
    if (entity.kb) {
      const words = nameKey(entity.kb.name).split(' ');
      const id = corpusEntity(sql, entity.kb.name, entity.type, kbKey(entity.kb.id), words);
      insertLink.run(doc.id, entity.id, id, 'kb');
      links.set(entity.id, id);
      continue;
    }
    const key = nameKey(entity.name);
    if (!key) continue;
    const words = key.split(' ');
    const byStory =
      entity.type === 'PERSON' && words.length === 1 ? surnameInStory(sql, storyId, key) : undefined;
    const id = byStory ?? corpusEntity(sql, entity.name, entity.type, key, words);
    insertLink.run(doc.id, entity.id, id, byStory === undefined ? 'same-name' : 'surname-in-story');
    links.set(entity.id, id);
  }
  return links;
}

/** The corpus key of a KB identity: never equal to a folded name (those have no colon). */
export const kbKey = (id: string): string => `kb:${id}`;

function corpusEntity(sql: Statements, name: string, type: string, key: string, words: string[]): number {
  const existing = sql
    .get('SELECT id FROM corpus_entities WHERE name_key = ? AND type = ?')
    .pluck()
    .get(key, type) as number | undefined;
  if (existing !== undefined) return existing;
  const surname = type === 'PERSON' && words.length > 1 ? words.at(-1)! : null;
  const result = sql
    .get('INSERT INTO corpus_entities (name, type, name_key, surname) VALUES (?, ?, ?, ?)')
    .run(name, type, key, surname);
  return Number(result.lastInsertRowid);
}

/** The one person of the story whose full name ends in `surname`, if exactly one. */
function surnameInStory(sql: Statements, storyId: string, surname: string): number | undefined {
  const ids = sql
    .get(
      `SELECT DISTINCT ce.id FROM corpus_entities ce
         JOIN corpus_entity_links l ON l.corpus_entity_id = ce.id
         JOIN story_articles sa ON sa.article_id = l.article_id
        WHERE sa.story_id = ? AND ce.type = 'PERSON' AND ce.surname = ? LIMIT 2`,
    )
    .pluck()
    .all(storyId, surname) as number[];
  return ids.length === 1 ? ids[0] : undefined;
}
