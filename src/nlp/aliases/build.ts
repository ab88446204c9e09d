import type { Entity, Mention } from '../../doc/types.js';
import type { GroupFacts, WorkMention } from './types.js';

/** "NEW YORK" of a dateline: a name in capitals yields the entity's name to the same name as written in the text. */
const inCapitals = (m: WorkMention): boolean =>
  /\p{Ll}/u.test(m.text.toLowerCase()) && m.text === m.text.toUpperCase();

/**
 * Entities `e1`, `e2`… in order of first mention. The name is the longest proper name used; aliases are
 * the other names and role descriptions, and titled forms ("President Trump"); pronouns are not aliases.
 */
export function buildEntities(
  mentions: readonly WorkMention[],
  facts: ReadonlyMap<number, GroupFacts>,
): { mentions: Mention[]; entities: Entity[] } {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const ids = new Map<number, string>();
  for (const m of sorted) if (!ids.has(m.group)) ids.set(m.group, `e${ids.size + 1}`);

  const members = new Map<number, WorkMention[]>();
  for (const m of sorted) {
    const list = members.get(m.group);
    if (list) list.push(m);
    else members.set(m.group, [m]);
  }

  const entities: Entity[] = [];
  for (const [group, id] of ids) {
    const list = members.get(group)!;
    const names = list.filter((m) => m.kind === 'name');
    const canonical = (names.length > 0 ? names : list).reduce((a, b) =>
      b.text.length > a.text.length || (b.text.length === a.text.length && inCapitals(a) && !inCapitals(b))
        ? b
        : a,
    );
    const forms = new Set<string>();
    for (const m of list) {
      if (m.kind !== 'pronoun') forms.add(m.text);
      if (m.titled) forms.add(m.titled);
    }
    forms.delete(canonical.text);
    const f = facts.get(group);
    entities.push({
      id,
      name: canonical.text,
      type: canonical.label,
      aliases: [...forms],
      ...(f && Object.keys(f).length > 0 ? { attributes: { ...f } } : {}),
    });
  }
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const out: Mention[] = sorted.map((m) => {
    const entity = ids.get(m.group)!;
    return {
      start: m.start,
      end: m.end,
      text: m.text,
      label: typeOf.get(entity)!,
      entity,
      sentence: m.sentence,
      rule: m.rule,
    };
  });
  return { mentions: out, entities };
}
