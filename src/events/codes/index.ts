/**
 * What GDELT users expect on every event: the full CAMEO code, Goldstein score and QuadClass, and CAMEO
 * actor codes for source and target at the publication date. Called once by the events stage on its
 * finished events (src/events/index.ts).
 */
import type { Context } from '../../context.js';
import type { Doc, Entity, Event, Mention } from '../../doc/types.js';
import { knowledgeBase } from '../../kb/load.js';
import { actorCodeFor, type ActorScope } from './actors.js';
import { codeTables, fullCode, goldsteinOf, quadClassOfRoot } from './goldstein.js';

export function addEventCodes(doc: Doc, events: readonly Event[], ctx: Context): Event[] {
  if (events.length === 0) return [...events];
  const tables = codeTables(ctx);
  const mentions = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = mentions.get(m.sentence) ?? [];
    list.push(m);
    mentions.set(m.sentence, list);
  }
  const scope: ActorScope = {
    doc,
    kb: knowledgeBase(ctx),
    entities: new Map<string, Entity>(doc.entities.map((e) => [e.id, e])),
    mentions,
  };
  return events.map((event) => {
    const code = fullCode(event.cameo, event.code, event.cue.text.toLowerCase().split(/\s+/), tables);
    const goldstein = goldsteinOf(code, tables);
    const quadClass = quadClassOfRoot(event.cameo);
    const sourceActor = actorCodeFor(scope, event.source, event.sentence);
    const targetActor = actorCodeFor(scope, event.target, event.sentence);
    return {
      ...event,
      code,
      ...(goldstein !== undefined ? { goldstein } : {}),
      ...(quadClass !== undefined ? { quadClass } : {}),
      ...(sourceActor ? { sourceActor } : {}),
      ...(targetActor ? { targetActor } : {}),
    };
  });
}
