/**
 * The local knowledge base (issue 12 item 3): canonical identities for people, organisations and countries
 * from the Phoenix actor dictionaries, newsgraph's additions and the user's rows; the `kb` stage links the
 * article's entities to them in context.
 */
import type { Context } from '../context.js';
import type { Doc } from '../doc/types.js';
import { linkEntities } from './link.js';
import { knowledgeBase } from './load.js';

export function linkKnowledge(doc: Doc, ctx: Context): Doc {
  if (doc.entities.length === 0) return doc;
  return { ...doc, entities: linkEntities(doc, knowledgeBase(ctx)) };
}

export {
  contextWithDictionaries,
  knowledgeBase,
  useEventDictionaries,
  buildKnowledgeBase,
  readKbRows,
  type DictionaryOptions,
  type KnowledgeBase,
} from './load.js';
export { entryFromRow, type KbEntry } from './rows.js';
