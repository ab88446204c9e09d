import type { ActorCode, Doc, Entity, Event, Place } from '../doc/types.js';

/**
 * When two reports are the same real event (GDELT's Events vs Mentions): within one story, the same PLOVER
 * type and negation, the same actors, days at most one apart, and the same place when both name one.
 */

/** An actor as a corpus event matches it: identity tokens, and what to show. */
export interface EventActor {
  /**
   * `ent:<corpus entity id>` (cross-article identity, which already joins KB ids), `kb:<id>`, and for an
   * unnamed group without KB identity ("Russian troops", "police in Lagos") `code:<CAMEO actor code>`.
   * Two actors are the same when they share a token.
   */
  ids: string[];
  name: string;
  code?: string;
  country?: string;
}

export type PlaceLevel = 'country' | 'admin1' | 'local';

export interface EventPlace {
  name: string;
  /** `g:<geonameId>`, else `n:<folded name>|<country>`. */
  key: string;
  level: PlaceLevel;
  country?: string;
  admin1?: string;
  lat: number;
  lon: number;
}

/** What identifies one article event as a corpus event, and what the corpus event shows. */
export interface EventIdentity {
  type: string;
  negated: boolean;
  cameo: string;
  code?: string;
  goldstein?: number;
  quadClass?: number;
  source?: EventActor;
  target?: EventActor;
  /** YYYY-MM-DD: the event's own date when its time is a calendar date, else the article's publication day. */
  day?: string;
  place?: EventPlace;
}

/** The corpus event's side of a match: a day range grows as mentions join. */
export interface CorpusEventKey {
  type: string;
  negated: boolean;
  sourceIds: readonly string[];
  targetIds: readonly string[];
  firstDay?: string;
  lastDay?: string;
  place?: Pick<EventPlace, 'key' | 'level' | 'country' | 'admin1'>;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
const MS_PER_DAY = 86_400_000;

/**
 * The identity of `doc.events[idx]`, or undefined when it cannot be matched across articles: hypothetical
 * (nobody reports it as happened) or without any identified actor (too vague to say it is the same event).
 */
export function eventIdentity(
  doc: Doc,
  event: Event,
  corpusIdOf: (entityId: string) => number | undefined,
): EventIdentity | undefined {
  if (event.hypothetical) return undefined;
  const actor = (entityId: string | undefined, code: ActorCode | undefined): EventActor | undefined => {
    const entity = entityId === undefined ? undefined : doc.entities.find((e) => e.id === entityId);
    return entity ? eventActor(entity, code, corpusIdOf(entity.id)) : undefined;
  };
  const source = actor(event.source, event.sourceActor);
  const target = actor(event.target, event.targetActor);
  if (!source?.ids.length && !target?.ids.length) return undefined;
  const timex = event.time === undefined ? undefined : doc.timexes[event.time];
  const day = [timex?.anchored ? timex.value : undefined, doc.meta.published].find((v) => v && DAY.test(v));
  const place = event.place === undefined ? undefined : doc.places[event.place];
  return {
    type: event.type,
    negated: event.negated,
    cameo: event.cameo,
    ...(event.code !== undefined ? { code: event.code } : {}),
    ...(event.goldstein !== undefined ? { goldstein: event.goldstein } : {}),
    ...(event.quadClass !== undefined ? { quadClass: event.quadClass } : {}),
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    ...(day ? { day: day.slice(0, 10) } : {}),
    ...(place ? { place: eventPlace(place) } : {}),
  };
}

function eventActor(entity: Entity, code: ActorCode | undefined, corpusId: number | undefined): EventActor {
  const ids: string[] = [];
  if (corpusId !== undefined) ids.push(`ent:${corpusId}`);
  if (entity.kb) ids.push(`kb:${entity.kb.id}`);
  else if (code?.code && entity.type !== 'PERSON') ids.push(`code:${code.code}`);
  return {
    ids,
    name: entity.kb?.name ?? entity.name,
    ...(code?.code ? { code: code.code } : {}),
    ...(code?.country ? { country: code.country } : {}),
  };
}

function eventPlace(place: Place): EventPlace {
  const feature = place.featureClass ?? '';
  const level: PlaceLevel = feature.startsWith('A.PCL')
    ? 'country'
    : feature === 'A.ADM1'
      ? 'admin1'
      : 'local';
  const key =
    place.geonameId !== undefined
      ? `g:${place.geonameId}`
      : `n:${place.name.toLowerCase()}|${place.country ?? ''}`;
  return {
    name: place.name,
    key,
    level,
    ...(place.country ? { country: place.country } : {}),
    ...(place.admin1 ? { admin1: place.admin1 } : {}),
    lat: place.lat,
    lon: place.lon,
  };
}

/** Whether `mention` is a report of the corpus event `event` (both of the same story). */
export function sameEvent(event: CorpusEventKey, mention: EventIdentity): boolean {
  return (
    event.type === mention.type &&
    event.negated === mention.negated &&
    sameActor(event.sourceIds, mention.source?.ids ?? []) &&
    sameActor(event.targetIds, mention.target?.ids ?? []) &&
    withinADay(event, mention.day) &&
    samePlace(event.place, mention.place)
  );
}

/** Both without an actor, or sharing an identity token. */
function sameActor(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 && b.length === 0 ? true : a.some((id) => b.includes(id));
}

/** Both undated, or `day` within a day of the event's range. */
function withinADay(event: CorpusEventKey, day: string | undefined): boolean {
  if (event.firstDay === undefined || event.lastDay === undefined || day === undefined) {
    return event.firstDay === undefined && day === undefined;
  }
  const at = Date.parse(day);
  return at >= Date.parse(event.firstDay) - MS_PER_DAY && at <= Date.parse(event.lastDay) + MS_PER_DAY;
}

/**
 * The same place, or one containing the other (a country and a place in it, a US state and a city in it):
 * "Anchorage" and "Alaska" are one place for this purpose. Either side without a place matches.
 */
function samePlace(a: CorpusEventKey['place'], b: EventPlace | undefined): boolean {
  if (!a || !b || a.key === b.key) return true;
  if (a.country !== b.country) return false;
  if (a.level === 'country' || b.level === 'country') return true;
  if (a.level === 'admin1' || b.level === 'admin1') return a.admin1 !== undefined && a.admin1 === b.admin1;
  return false;
}
