/**
 * Unnamed actors become entities only when an event uses them: each gets the next free entity id in order
 * of first use, one mention per sentence it acts in, its agent phrase as role and the text's country as
 * nationality (which the actor codes read: codes/actors.ts). Events are rewritten to the new ids.
 */
import type { Context } from '../context.js';
import type { Doc, Entity, Event, Mention } from '../doc/types.js';
import { knowledgeBase } from '../kb/load.js';
import type { Candidate } from './candidates.js';
import { eventTables } from './tables.js';
import { UNNAMED_PREFIX, type UnnamedScope } from './unnamed.js';
import type { Actor } from './view.js';

/** What the sentence views need to find unnamed actors in this document. */
export function unnamedScope(doc: Doc, ctx: Context): UnnamedScope {
  const countryOfEntity = new Map<string, string>();
  for (const e of doc.entities) if (e.attributes?.country) countryOfEntity.set(e.id, e.attributes.country);
  for (const p of doc.places) if (p.entity && p.country) countryOfEntity.set(p.entity, p.country);
  return {
    tables: eventTables(ctx).unnamed,
    kb: knowledgeBase(ctx),
    published: doc.meta.published,
    text: doc.text,
    countryOfEntity,
    ids: new Map(),
  };
}

/** The doc with `events` added, and the unnamed actors they use added as entities and mentions. */
export function withEvents(doc: Doc, candidates: readonly Candidate[], events: readonly Event[]): Doc {
  const bySentence = new Map<string, Actor>();
  for (const c of candidates)
    for (const a of [c.args.source, c.args.target, c.args.partner])
      if (a?.unnamed) bySentence.set(`${a.entity}@${a.mention.sentence}`, a);
  let next = 1 + Math.max(0, ...doc.entities.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)));
  const ids = new Map<string, string>();
  const entities: Entity[] = [];
  const mentions = new Map<string, Mention>();
  const use = (id: string | undefined, sentence: number): string | undefined => {
    if (!id?.startsWith(UNNAMED_PREFIX)) return id;
    const actor = bySentence.get(`${id}@${sentence}`);
    if (!actor) return undefined;
    let entityId = ids.get(id);
    if (!entityId) {
      entityId = `e${next++}`;
      ids.set(id, entityId);
      const { agent, country } = actor.unnamed!;
      entities.push({
        id: entityId,
        name: actor.mention.text,
        type: 'ORG',
        aliases: [],
        attributes: { role: agent, ...(country ? { country } : {}) },
      });
    }
    mentions.set(`${entityId}@${sentence}`, { ...actor.mention, entity: entityId });
    return entityId;
  };
  const rewritten = events.map((e) => {
    const source = use(e.source, e.sentence);
    const target = use(e.target, e.sentence);
    const { source: _s, target: _t, ...rest } = e;
    return { ...rest, ...(source ? { source } : {}), ...(target ? { target } : {}) };
  });
  if (entities.length === 0) return { ...doc, events: [...doc.events, ...events] };
  const allMentions = [...doc.mentions, ...mentions.values()].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  return {
    ...doc,
    entities: [...doc.entities, ...entities],
    mentions: allMentions,
    events: [...doc.events, ...rewritten],
  };
}
