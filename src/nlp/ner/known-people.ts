import type { Context } from '../../context.js';
import { knowledgeBase } from '../../kb/load.js';
import { normaliseName } from '../../kb/rows.js';

/**
 * The knowledge base (Phoenix actors and the user's rows) as evidence of type: a name of two words or more
 * that it lists only for people ("Barack Obama", "Jeh Johnson"; "Donald J. Trump" with its middle initial
 * left out, as the dictionaries write it) is a person's name whatever the tagger typed it. A name it also
 * lists as an organisation or a country proves nothing.
 */
export function knownPeople(ctx: Context): (name: string) => boolean {
  return ctx.cache.get('nlp.ner.knownPeople', () => {
    const { byName } = knowledgeBase(ctx);
    return (name: string): boolean => {
      const key = normaliseName(name);
      if (!key.includes(' ')) return false;
      const entries = byName.get(key) ?? byName.get(key.replace(/ \p{L}\.(?= )/gu, ''));
      return entries !== undefined && entries.length > 0 && entries.every((e) => e.type === 'PERSON');
    };
  });
}
