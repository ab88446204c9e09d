import { sql } from 'kysely';
import type { EventFilter, EventListing, Paged } from '../../queries.js';
import { count, NEWEST_FIRST, rows, Where, withoutNulls, type Db, type RowOf } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { ARTICLE_NAMED, articleScope } from './scope.js';

/** An event row; `negated` and `hypothetical` are 1 or 0 (SQLite's booleans; PostgreSQL casts to match). */
type EventRow = RowOf<Omit<EventListing, 'cue' | 'negated' | 'hypothetical'>> & {
  cue: string | null;
  negated: number;
  hypothetical: number;
};

function eventListing(row: EventRow): EventListing {
  const { negated, hypothetical, cue, ...rest } = row;
  return { ...withoutNulls(rest), cue: cue ?? '', negated: negated === 1, hypothetical: hypothetical === 1 };
}

const FROM = sql`FROM events ev
  JOIN articles a ON a.id = ev.article_id
  LEFT JOIN entities s ON s.article_id = ev.article_id AND s.entity_id = ev.source
  LEFT JOIN entities t ON t.article_id = ev.article_id AND t.entity_id = ev.target
  LEFT JOIN timexes tx ON tx.article_id = ev.article_id AND tx.idx = ev.time_idx
  LEFT JOIN places p ON p.article_id = ev.article_id AND p.idx = ev.place_idx`;

export async function queryEvents(
  db: Db,
  dialect: SqlDialect,
  filter: EventFilter,
  page: { limit: number; offset: number },
): Promise<Paged<EventListing>> {
  const where = new Where()
    .when(filter.type, (type) => dialect.sameText(sql`ev.type`, type))
    .when(
      filter.actor,
      (actor) => sql`(${dialect.sameText(sql`s.name`, actor)} OR ${dialect.sameText(sql`t.name`, actor)})`,
    )
    .when(filter.place, (place) => dialect.sameText(sql`p.name`, place));
  articleScope(where, filter, dialect, dialect.eventInstant);
  const found = await rows<EventRow>(
    db,
    sql`SELECT ev.article_id AS "articleId", ${ARTICLE_NAMED}, a.published, ev.type, ev.mode, ev.cameo, s.name AS source,
               t.name AS target, ev.start, ev."end", ev.text, ev.cue_text AS cue, tx.value AS time,
               p.name AS place, p.lat, p.lon, CASE WHEN ev.negated THEN 1 ELSE 0 END AS negated,
               CASE WHEN ev.hypothetical THEN 1 ELSE 0 END AS hypothetical
          ${FROM} ${where.sql}
         ORDER BY ${NEWEST_FIRST}, ev.idx LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const total = await count(db, sql`SELECT count(*) ${FROM} ${where.sql}`);
  return { items: found.map(eventListing), total };
}
