import { eventListing, type EventRow as Row } from '../../shared/listing.js';
import type { EventFilter, EventListing, Paged } from '../../queries.js';
import { rows, value, Where, type Db } from '../sql.js';
import { dateRangePg, NEWEST_FIRST } from './dates.js';

const FROM = `FROM events ev
  JOIN articles a ON a.id = ev.article_id
  LEFT JOIN entities s ON s.article_id = ev.article_id AND s.entity_id = ev.source
  LEFT JOIN entities t ON t.article_id = ev.article_id AND t.entity_id = ev.target
  LEFT JOIN timexes tx ON tx.article_id = ev.article_id AND tx.idx = ev.time_idx
  LEFT JOIN places p ON p.article_id = ev.article_id AND p.idx = ev.place_idx`;

/** When the event happened: its time expression when that is a calendar date, else the publication date. */
const EVENT_INSTANT = 'coalesce(tx.value_at, a.published_at)';

export async function queryEventsPg(
  db: Db,
  filter: EventFilter,
  page: { limit: number; offset: number },
): Promise<Paged<EventListing>> {
  const where = new Where()
    .when(filter.type, (p) => `lower(ev.type) = lower(${p})`)
    .when(filter.actor, (p) => `(lower(s.name) = lower(${p}) OR lower(t.name) = lower(${p}))`)
    .when(filter.place, (p) => `lower(p.name) = lower(${p})`);
  dateRangePg(where, filter, EVENT_INSTANT);
  const filterValues = [...where.params.values];
  const found = await rows<Row>(
    db,
    `SELECT ev.article_id AS "articleId", a.published, ev.type, ev.mode, ev.cameo, s.name AS source,
            t.name AS target, ev.start, ev."end", ev.text, ev.cue_text AS cue, tx.value AS time,
            p.name AS place, ev.negated::int AS negated, ev.hypothetical::int AS hypothetical
       ${FROM} ${where.sql}
      ORDER BY ${NEWEST_FIRST}, ev.idx LIMIT ${where.params.add(page.limit)} OFFSET ${where.params.add(page.offset)}`,
    where.params.values,
  );
  const total = await value<number>(db, `SELECT count(*) ${FROM} ${where.sql}`, filterValues);
  return { items: found.map(eventListing), total: total ?? 0 };
}
