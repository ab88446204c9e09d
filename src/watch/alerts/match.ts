import type { Doc, Entity } from '../../doc/types.js';
import type { AlertQuery } from '../../store/index.js';

const same = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

/** An entity named by its canonical name or its KB id. */
const isEntity = (entity: Entity | undefined, wanted: string): boolean =>
  entity !== undefined && (same(entity.name, wanted) || same(entity.kb?.id, wanted));

/**
 * Whether an analysed article matches every structured field of an alert (all but `text`, which the store
 * answers: `WatchStore.articleMatchesText`). Names and codes are compared ignoring case.
 */
export function matchesDoc(query: AlertQuery, doc: Doc): boolean {
  const byId = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const checks: [string | undefined, (wanted: string) => boolean][] = [
    [query.entity, (wanted) => doc.entities.some((entity) => isEntity(entity, wanted))],
    [
      query.eventType,
      (wanted) =>
        doc.events.some((event) => same(event.type, wanted) || same(event.code ?? event.cameo, wanted)),
    ],
    [
      query.country,
      (wanted) =>
        doc.places.some((place) => same(place.country, wanted)) ||
        doc.entities.some((entity) => same(entity.attributes?.country, wanted)),
    ],
    [
      query.speaker,
      (wanted) =>
        doc.quotes.some(
          (quote) => !quote.scare && quote.speaker !== undefined && isEntity(byId.get(quote.speaker), wanted),
        ),
    ],
    [query.findingKind, (wanted) => doc.findings.some((finding) => same(finding.kind, wanted))],
  ];
  return checks.every(([wanted, test]) => wanted === undefined || test(wanted));
}
