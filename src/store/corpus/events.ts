import { sql } from 'kysely';
import {
  eventIdentity,
  sameEvent,
  type CorpusEventKey,
  type EventIdentity,
} from '../../corpus/event-identity.js';
import type { Doc } from '../../doc/types.js';
import { bool, exec, fromJson, rows, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import { insertRows } from '../sql/insert.js';

interface StoredEvent {
  id: number;
  type: string;
  negated: unknown;
  source_ids: unknown;
  target_ids: unknown;
  first_day: string | null;
  last_day: string | null;
  place_key: string | null;
  place_level: string | null;
  country: string | null;
  admin1: string | null;
}

/** A corpus event of the story in memory: stored (id > 0) or created by this article (id < 0 until inserted). */
interface Candidate {
  id: number;
  key: CorpusEventKey;
  identity?: EventIdentity;
}

/**
 * Files the article's events under the story's corpus events (one per real event, like GDELT's Events table)
 * with one mention each (GDELT's Mentions), creating corpus events as needed, then recounts the touched
 * events: mentions, distinct articles, and independent sources (distinct outlets, a copy counting as its
 * canonical's outlet). `outlet` is that source for this article. An article already filed (re-ingest) is
 * left as it is. Returns each filed event index's corpus event id.
 */
export async function recordCorpusEvents(
  db: Db,
  dialect: SqlDialect,
  doc: Doc,
  storyId: string,
  outlet: string,
  links: ReadonlyMap<string, number>,
): Promise<Map<number, number>> {
  const filed = new Map<number, number>();
  const identities = doc.events.map((event) => eventIdentity(doc, event, (id) => links.get(id)));
  const types = [...new Set(identities.flatMap((i) => (i ? [i.type] : [])))];
  if (types.length === 0) return filed;
  // The story's events of these types, and whether the article is already filed, in one read.
  const stored = await rows<StoredEvent & { filed: unknown }>(
    db,
    sql`SELECT f.filed, e.id, e.type, e.negated, e.source_ids, e.target_ids, e.first_day, e.last_day, e.place_key,
               e.place_level, e.country, e.admin1
          FROM (SELECT EXISTS (SELECT 1 FROM corpus_event_mentions WHERE article_id = ${doc.id}) AS filed) f
          LEFT JOIN corpus_events e
            ON NOT f.filed AND e.story_id = ${storyId} AND ${dialect.oneOf(sql`e.type`, types)}
         ORDER BY e.id`,
  );
  if (bool(stored[0]?.filed)) return filed;
  const candidates: Candidate[] = stored
    .filter((row) => row.id !== null)
    .map((row) => ({ id: Number(row.id), key: storedKey(row) }));
  const created: Candidate[] = [];
  identities.forEach((identity, idx) => {
    if (!identity) return;
    let match = candidates.find((c) => sameEvent(c.key, identity));
    if (!match) {
      match = { id: -(created.length + 1), key: keyOf(identity), identity };
      created.push(match);
      candidates.push(match);
    } else {
      widen(match.key, identity);
    }
    filed.set(idx, match.id);
  });
  const ids = await insertEvents(db, dialect, storyId, created);
  for (const [idx, id] of filed) if (id < 0) filed.set(idx, ids[-id - 1]!);

  await insertRows(
    db,
    dialect,
    'corpus_event_mentions',
    [...filed].map(([idx, eventId]) => mentionRow(doc, idx, eventId, outlet, identities[idx]!)),
    'ON CONFLICT DO NOTHING',
  );
  const touched = [...new Set(filed.values())];
  await recount(db, dialect, touched);
  await fillPlaces(db, identities, filed);
  return filed;
}

function storedKey(row: StoredEvent): CorpusEventKey {
  return {
    type: row.type,
    negated: row.negated === true || Number(row.negated) === 1,
    sourceIds: fromJson<string[]>(row.source_ids),
    targetIds: fromJson<string[]>(row.target_ids),
    ...(row.first_day ? { firstDay: row.first_day } : {}),
    ...(row.last_day ? { lastDay: row.last_day } : {}),
    ...(row.place_key
      ? {
          place: {
            key: row.place_key,
            level: (row.place_level ?? 'local') as 'local',
            ...(row.country ? { country: row.country } : {}),
            ...(row.admin1 ? { admin1: row.admin1 } : {}),
          },
        }
      : {}),
  };
}

function keyOf(identity: EventIdentity): CorpusEventKey {
  return {
    type: identity.type,
    negated: identity.negated,
    sourceIds: identity.source?.ids ?? [],
    targetIds: identity.target?.ids ?? [],
    ...(identity.day ? { firstDay: identity.day, lastDay: identity.day } : {}),
    ...(identity.place ? { place: identity.place } : {}),
  };
}

/** A joining mention widens the event in memory (day range, place) for the article's later events. */
function widen(key: CorpusEventKey, identity: EventIdentity): void {
  if (identity.day && key.firstDay && identity.day < key.firstDay) key.firstDay = identity.day;
  if (identity.day && key.lastDay && identity.day > key.lastDay) key.lastDay = identity.day;
  if (!key.place && identity.place) key.place = identity.place;
}

async function insertEvents(
  db: Db,
  dialect: SqlDialect,
  storyId: string,
  created: readonly Candidate[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const { identity: e } of created) {
    // One at a time: a handful per article, and RETURNING order is not promised for a multi-row insert.
    const [row] = await insertRows<{ id: number }>(
      db,
      dialect,
      'corpus_events',
      [
        {
          story_id: storyId,
          type: e!.type,
          cameo: e!.cameo,
          code: e!.code ?? null,
          negated: e!.negated ? 1 : 0,
          source_name: e!.source?.name ?? null,
          source_code: e!.source?.code ?? null,
          source_country: e!.source?.country ?? null,
          source_ids: e!.source?.ids ?? [],
          target_name: e!.target?.name ?? null,
          target_code: e!.target?.code ?? null,
          target_country: e!.target?.country ?? null,
          target_ids: e!.target?.ids ?? [],
          goldstein: e!.goldstein ?? null,
          quad_class: e!.quadClass ?? null,
        },
      ],
      'RETURNING id',
    );
    ids.push(Number(row!.id));
  }
  return ids;
}

function mentionRow(doc: Doc, idx: number, eventId: number, outlet: string, identity: EventIdentity) {
  const event = doc.events[idx]!;
  const sentence = doc.sentences[event.sentence];
  return {
    event_id: eventId,
    article_id: doc.id,
    idx,
    outlet,
    day: identity.day ?? null,
    start: event.start,
    end: event.end,
    text: event.text,
    cue: event.cue.text,
    sentence_start: sentence?.start ?? event.start,
    sentence_end: sentence?.end ?? event.end,
    sentence: sentence?.text ?? event.text,
  };
}

/** Counts and day range from the mentions: the same figures however the articles arrived. */
async function recount(db: Db, dialect: SqlDialect, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const of = (expression: ReturnType<typeof sql>) =>
    sql`(SELECT ${expression} FROM corpus_event_mentions m WHERE m.event_id = corpus_events.id)`;
  await exec(
    db,
    sql`UPDATE corpus_events
               SET mentions = ${of(sql`count(*)`)},
                   articles = ${of(sql`count(DISTINCT m.article_id)`)},
                   sources = ${of(sql`count(DISTINCT m.outlet)`)},
                   first_day = ${of(sql`min(m.day)`)},
                   last_day = ${of(sql`max(m.day)`)}
             WHERE ${dialect.oneOf(sql`id`, ids)}`,
  );
}

/** A stored event without a place takes the place of the first mention that gives one. */
async function fillPlaces(
  db: Db,
  identities: readonly (EventIdentity | undefined)[],
  filed: ReadonlyMap<number, number>,
): Promise<void> {
  const placed = new Set<number>();
  for (const [idx, eventId] of filed) {
    const place = identities[idx]?.place;
    if (!place || placed.has(eventId)) continue;
    placed.add(eventId);
    await exec(
      db,
      sql`UPDATE corpus_events SET place_name = ${place.name}, place_key = ${place.key},
                     place_level = ${place.level}, country = ${place.country ?? null},
                     admin1 = ${place.admin1 ?? null}, lat = ${place.lat}, lon = ${place.lon}
               WHERE id = ${eventId} AND place_key IS NULL`,
    );
  }
}
