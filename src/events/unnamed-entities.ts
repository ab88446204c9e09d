/**
 * Actors the entity stage did not give become entities only when an event uses them. Unnamed actors
 * ("police in Lagos") and dictionary actors with no entity yet ("Arnor") each get the next free entity id in
 * order of first use and one mention per sentence they act in; an unnamed actor carries its agent phrase as
 * role and the text's country as nationality, a dictionary actor its dictionary identity as KB link (the
 * actor codes read both: codes/actors.ts). A dictionary actor that is a mention of an entity of another kind
 * ("Gondor" tagged MISC) keeps that entity, now typed as the dictionary's and linked. Events are rewritten
 * to the new ids.
 */
import type { Context } from '../context.js';
import type { Doc, Entity, Event, Mention } from '../doc/types.js';
import { knowledgeBase } from '../kb/load.js';
import { normaliseName } from '../kb/rows.js';
import { isActorEntity } from './actors.js';
import type { Candidate } from './candidates.js';
import { DICTIONARY_PREFIX, type DictionaryActorScope } from './dictionary-actors.js';
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

/** What the sentence views need to find dictionary actors in this document. */
export function dictionaryScope(doc: Doc, ctx: Context): DictionaryActorScope {
  const kb = knowledgeBase(ctx);
  const entityByName = new Map<string, string>();
  for (const e of doc.entities)
    for (const name of [e.name, ...e.aliases])
      if (!entityByName.has(normaliseName(name))) entityByName.set(normaliseName(name), e.id);
  return {
    tables: eventTables(ctx).dictionaryActors,
    kb,
    published: doc.meta.published,
    text: doc.text,
    agentWords: agentWords(ctx),
    unnamedHeads: eventTables(ctx).unnamed.heads,
    entityByName,
    ids: new Map(),
  };
}

/** Every word of an agent form ("prime", "minister", "leader"): a name may be followed by one. */
function agentWords(ctx: Context): ReadonlySet<string> {
  return ctx.cache.get('events:agent-words', () => {
    const words = new Set<string>();
    for (const form of knowledgeBase(ctx).agents.keys()) for (const w of form.split(' ')) words.add(w);
    return words;
  });
}

/** An unnamed or dictionary actor, once per entity and sentence (the last one seen wins). */
function noteNewActor(bySentence: Map<string, Actor>, a: Actor | undefined): void {
  if (a?.unnamed || a?.dictionary) bySentence.set(`${a.entity}@${a.mention.sentence}`, a);
}

/** The doc with `events` added, and the actors they use that are no entity yet added as entities and mentions. */
export function withEvents(doc: Doc, candidates: readonly Candidate[], events: readonly Event[]): Doc {
  const bySentence = new Map<string, Actor>();
  // the three roles in this order, without an array per candidate
  for (const c of candidates) {
    noteNewActor(bySentence, c.args.source);
    noteNewActor(bySentence, c.args.target);
    noteNewActor(bySentence, c.args.partner);
  }
  if (bySentence.size === 0) return { ...doc, events: [...doc.events, ...events] };
  let next = 1 + Math.max(0, ...doc.entities.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)));
  const ids = new Map<string, string>();
  const added: Entity[] = [];
  const patched = new Map<string, Entity>();
  const mentions = new Map<string, Mention>();
  const known = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const use = (id: string | undefined, sentence: number): string | undefined => {
    const actor = id === undefined ? undefined : bySentence.get(`${id}@${sentence}`);
    if (!actor || !id)
      return id?.startsWith(UNNAMED_PREFIX) || id?.startsWith(DICTIONARY_PREFIX) ? undefined : id;
    let entityId = ids.get(id) ?? (known.has(id) ? id : undefined);
    if (!entityId) {
      entityId = `e${next++}`;
      ids.set(id, entityId);
      added.push(newEntity(entityId, actor));
    } else if (actor.dictionary && known.has(entityId) && !patched.has(entityId)) {
      patched.set(entityId, linked(known.get(entityId)!, actor));
    }
    const own = doc.mentions.some(
      (m) => m.entity === entityId && m.start === actor.mention.start && m.end === actor.mention.end,
    );
    if (!own) mentions.set(`${entityId}@${sentence}`, { ...actor.mention, entity: entityId });
    return entityId;
  };
  const rewritten = events.map((e) => {
    const source = use(e.source, e.sentence);
    const target = use(e.target, e.sentence);
    if (source === e.source && target === e.target) return e;
    const { source: _s, target: _t, ...rest } = e;
    return { ...rest, ...(source ? { source } : {}), ...(target ? { target } : {}) };
  });
  if (added.length === 0 && patched.size === 0 && mentions.size === 0)
    return { ...doc, events: [...doc.events, ...rewritten] };
  const retyped = (m: Mention): Mention => {
    const p = patched.get(m.entity);
    return p && p.type !== m.label ? { ...m, label: p.type } : m;
  };
  const allMentions = [...doc.mentions.map(retyped), ...mentions.values()].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  return {
    ...doc,
    entities: [...doc.entities.map((e) => patched.get(e.id) ?? e), ...added],
    mentions: allMentions,
    events: [...doc.events, ...rewritten],
  };
}

function newEntity(id: string, actor: Actor): Entity {
  const name = actor.mention.text;
  if (actor.dictionary) return linked({ id, name, type: actor.mention.label, aliases: [] }, actor);
  const { agent, country } = actor.unnamed!;
  return { id, name, type: 'ORG', aliases: [], attributes: { role: agent, ...(country ? { country } : {}) } };
}

/** A dictionary actor's entity: the dictionary's type unless it already has an actor type, and its identity. */
function linked(entity: Entity, actor: Actor): Entity {
  const { entry, roles } = actor.dictionary!;
  const type = isActorEntity(entity, actor.mention) ? entity.type : actor.mention.label;
  return {
    ...entity,
    type,
    ...(entity.kb ? {} : { kb: { id: entry.id, name: entry.name, roles: [...roles] } }),
  };
}
