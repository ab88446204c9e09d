import type { EventFilter, EventListing, Paged } from '../../queries.js';
import type { Prepare } from './prepare.js';
import { eventListing, type EventRow as Row } from '../../shared/listing.js';
import { dateRange, NEWEST_FIRST, Where } from './sql.js';

const FROM = `FROM events ev
  JOIN articles a ON a.id = ev.article_id
  LEFT JOIN entities s ON s.article_id = ev.article_id AND s.entity_id = ev.source
  LEFT JOIN entities t ON t.article_id = ev.article_id AND t.entity_id = ev.target
  LEFT JOIN timexes tx ON tx.article_id = ev.article_id AND tx.idx = ev.time_idx
  LEFT JOIN places p ON p.article_id = ev.article_id AND p.idx = ev.place_idx`;

/**
 * When the event happened, as a julian day: its time expression when that is a calendar date (TimeML values
 * like `2025`, `P1D` or `PAST_REF` are not; julianday would read a bare `2025` as a day number), else the
 * article's publication date.
 */
const EVENT_DAY = `coalesce(
  CASE WHEN tx.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN julianday(tx.value) END,
  julianday(a.published))`;

export function queryEvents(
  prepare: Prepare,
  filter: EventFilter,
  page: { limit: number; offset: number },
): Paged<EventListing> {
  const where = new Where()
    .when(filter.type, 'type', 'ev.type = @type COLLATE NOCASE')
    .when(filter.actor, 'actor', '(s.name = @actor COLLATE NOCASE OR t.name = @actor COLLATE NOCASE)')
    .when(filter.place, 'place', 'p.name = @place COLLATE NOCASE');
  dateRange(where, filter, EVENT_DAY);
  const rows = prepare(
    `SELECT ev.article_id AS articleId, a.published, ev.type, ev.mode, ev.cameo, s.name AS source,
            t.name AS target, ev.start, ev."end", ev.text, ev.cue_text AS cue, tx.value AS time,
            p.name AS place, ev.negated, ev.hypothetical
       ${FROM} ${where.sql}
      ORDER BY ${NEWEST_FIRST}, ev.idx LIMIT @limit OFFSET @offset`,
  ).all({ ...where.params, ...page }) as Row[];
  const total = prepare(`SELECT count(*) ${FROM} ${where.sql}`).pluck().get(where.params) as number;
  return { items: rows.map(eventListing), total };
}
