import { createHash } from 'node:crypto';
import type { ActorCode, Doc, Entity, Event } from '../../doc/types.js';
import type { EventContext } from '../doc-lookup.js';
import type { StoredDoc } from '../types.js';
import { actorTypeForRole } from './actor-types.js';
import { quadClass, rootLevelCode } from './cameo.js';
import type { GdeltColumn } from './columns.js';
import { compactUtc, eventDay, fractionDate } from './dates.js';
import { cameoCountry, gdeltFullName, gdeltGeoType } from './geo.js';

type Value = string | number | undefined;

/** The values we have for one event; every column not set here is left empty (see gdelt.md). */
export function gdeltRow(
  { doc, storedAt, eventCounts }: StoredDoc,
  event: Event,
  index: number,
  context: EventContext,
): Partial<Record<GdeltColumn, Value>> {
  const sqlDate = eventDay(doc, context.time, storedAt);
  const counts = eventCounts?.get(index);
  const place = context.place;
  return {
    GLOBALEVENTID: globalEventId(doc.id, index),
    SQLDATE: sqlDate,
    MonthYear: sqlDate.slice(0, 6),
    Year: sqlDate.slice(0, 4),
    FractionDate: fractionDate(sqlDate),
    ...actorColumns('Actor1', context.source, event.sourceActor),
    ...actorColumns('Actor2', context.target, event.targetActor),
    IsRootEvent: inLeadParagraph(doc, event) ? 1 : 0,
    EventCode: event.code ?? rootLevelCode(event.cameo),
    EventBaseCode: (event.code ?? rootLevelCode(event.cameo))?.slice(0, 3),
    EventRootCode: event.cameo,
    QuadClass: event.quadClass ?? quadClass(event.cameo),
    GoldsteinScale: event.goldstein,
    // The corpus event it is filed under (src/store/corpus/events.ts): every report of it, the distinct
    // outlets (a copy is no second source) and articles; an event filed under none is its only report.
    NumMentions: counts?.mentions ?? 1,
    NumSources: counts?.sources ?? 1,
    NumArticles: counts?.articles ?? 1,
    ...(place
      ? {
          ActionGeo_Type: gdeltGeoType(place),
          ActionGeo_FullName: gdeltFullName(place),
          ActionGeo_Lat: place.lat,
          ActionGeo_Long: place.lon,
        }
      : {}),
    DATEADDED: compactUtc(storedAt),
    SOURCEURL: doc.source.uri,
  };
}

/** The event's actor code (KB role or country + agent, src/events/codes) first; else the entity's own facts. */
function actorColumns(
  prefix: 'Actor1' | 'Actor2',
  entity: Entity | undefined,
  actor: ActorCode | undefined,
): Partial<Record<GdeltColumn, Value>> {
  if (!entity) return {};
  const country = actor ? actor.country : cameoCountry(entity.attributes?.country);
  const type = actor ? actor.agent : actorTypeForRole(entity.attributes?.role);
  const code = actor?.code ?? `${country ?? ''}${type ?? ''}`;
  return {
    [`${prefix}Code`]: code || undefined,
    // GDELT writes actor names in capitals.
    [`${prefix}Name`]: entity.name.toUpperCase(),
    [`${prefix}CountryCode`]: country,
    [`${prefix}Type1Code`]: type,
  };
}

/** A stable whole number per event (GDELT ids are integers): 52 bits of a hash of article id and index. */
export function globalEventId(docId: string, index: number): number {
  return parseInt(createHash('sha256').update(`${docId}:${index}`).digest('hex').slice(0, 13), 16);
}

/** GDELT's IsRootEvent: the event is in the lead paragraph (the first line of the text). */
function inLeadParagraph(doc: Doc, event: Event): boolean {
  const leadStart = doc.text.search(/\S/);
  const leadEnd = doc.text.indexOf('\n', Math.max(leadStart, 0));
  return event.start < (leadEnd < 0 ? doc.text.length : leadEnd);
}
