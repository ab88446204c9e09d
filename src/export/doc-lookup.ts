import type { Doc, Entity, Event, Place, Timex } from '../doc/types.js';

/** What an event points at, resolved: its actors, place and time (each may be absent). */
export interface EventContext {
  source?: Entity;
  target?: Entity;
  place?: Place;
  time?: Timex;
}

/** Resolves an event's entity ids and place/time indexes against its Doc. */
export function eventContext(doc: Doc, event: Event, entities: ReadonlyMap<string, Entity>): EventContext {
  const source = event.source === undefined ? undefined : entities.get(event.source);
  const target = event.target === undefined ? undefined : entities.get(event.target);
  const place = event.place === undefined ? undefined : doc.places[event.place];
  const time = event.time === undefined ? undefined : doc.timexes[event.time];
  return {
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    ...(place ? { place } : {}),
    ...(time ? { time } : {}),
  };
}

export function entityIndex(doc: Doc): Map<string, Entity> {
  return new Map(doc.entities.map((e) => [e.id, e]));
}
