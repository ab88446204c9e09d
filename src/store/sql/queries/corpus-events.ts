import { sql } from 'kysely';
import type {
  ArticleCorpusEvent,
  CorpusEventActor,
  CorpusEventDetail,
  CorpusEventFilter,
  CorpusEventListing,
  CorpusEventMention,
} from '../../corpus/read-types.js';
import type { Paged } from '../../queries.js';
import { bool, first, paged, rows, Where, withoutNulls, type Db, type RowOf } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { ARTICLE_NAMED } from './scope.js';

/** A corpus event as its one row holds it: the actors' and the place's fields flat, `negated` 1/0 or a boolean. */
type EventRow = RowOf<Omit<CorpusEventListing, 'negated' | 'source' | 'target' | 'place'>> & {
  negated: unknown;
  sourceName: string | null;
  sourceCode: string | null;
  sourceCountry: string | null;
  targetName: string | null;
  targetCode: string | null;
  targetCountry: string | null;
  placeName: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
};

const COLUMNS = sql`e.id, e.story_id AS "storyId", e.type, e.cameo, e.code, e.negated,
  e.source_name AS "sourceName", e.source_code AS "sourceCode", e.source_country AS "sourceCountry",
  e.target_name AS "targetName", e.target_code AS "targetCode", e.target_country AS "targetCountry",
  e.first_day AS "from", e.last_day AS "to", e.place_name AS "placeName", e.country, e.lat, e.lon,
  e.goldstein, e.quad_class AS "quadClass", e.mentions AS "numMentions", e.articles AS "numArticles",
  e.sources AS "numSources"`;

/** Corpus events, most recently reported first, then most sources first (undated last). */
export async function queryCorpusEvents(
  db: Db,
  dialect: SqlDialect,
  filter: CorpusEventFilter,
  page: { limit: number; offset: number },
): Promise<Paged<CorpusEventListing>> {
  const either = (column: string, value: string) =>
    sql`(${dialect.sameText(sql.ref(`e.source_${column}`), value)} OR ${dialect.sameText(sql.ref(`e.target_${column}`), value)})`;
  const where = new Where()
    .when(filter.type, (type) => dialect.sameText(sql`e.type`, type))
    .when(filter.actor, (actor) => sql`(${either('name', actor)} OR ${either('code', actor)})`)
    .when(
      filter.country,
      (country) => sql`(${dialect.sameText(sql`e.country`, country)} OR ${either('country', country)})`,
    )
    .when(filter.from?.slice(0, 10), (from) => sql`e.last_day >= ${from}`)
    .when(filter.to?.slice(0, 10), (to) => sql`e.first_day <= ${to}`)
    .when(filter.story, (story) => sql`e.story_id = ${story}`);
  const { rows: found, total } = await paged<EventRow>(
    db,
    COLUMNS,
    sql`FROM corpus_events e`,
    where.sql,
    sql`e.last_day IS NULL, e.last_day DESC, e.sources DESC, e.id`,
    page,
  );
  return { items: found.map(listing), total };
}

/** One corpus event with its mentions (oldest article first, then in text order); undefined if unknown. */
export async function getCorpusEvent(db: Db, id: number): Promise<CorpusEventDetail | undefined> {
  const found = await first<EventRow>(db, sql`SELECT ${COLUMNS} FROM corpus_events e WHERE e.id = ${id}`);
  if (!found) return undefined;
  const mentions = await rows<MentionRow>(
    db,
    sql`SELECT m.article_id AS "articleId", ${ARTICLE_NAMED}, a.published, m.idx, m.outlet, m.day, m.start,
               m."end", m.text, m.cue, m.sentence_start AS "sentenceStart",
               m.sentence_end AS "sentenceEnd", m.sentence AS "sentenceText"
          FROM corpus_event_mentions m JOIN articles a ON a.id = m.article_id
         WHERE m.event_id = ${id} ORDER BY a.seq, m.idx`,
  );
  return { ...listing(found), mentions: mentions.map(mention) };
}

/** Each corpus event the article's events are filed under, by event index (for the GDELT export). */
export async function articleCorpusEvents(db: Db, articleId: string): Promise<ArticleCorpusEvent[]> {
  return rows(
    db,
    sql`SELECT m.idx, e.mentions AS "numMentions", e.articles AS "numArticles", e.sources AS "numSources"
          FROM corpus_event_mentions m JOIN corpus_events e ON e.id = m.event_id
         WHERE m.article_id = ${articleId} ORDER BY m.idx`,
  );
}

/** A mention with its sentence flat, as three columns. */
type MentionRow = RowOf<Omit<CorpusEventMention, 'sentence'>> & {
  sentenceStart: number;
  sentenceEnd: number;
  sentenceText: string;
};

function mention(row: MentionRow): CorpusEventMention {
  const { sentenceStart, sentenceEnd, sentenceText, ...rest } = withoutNulls(row);
  return { ...rest, sentence: { start: sentenceStart, end: sentenceEnd, text: sentenceText } };
}

function actor(
  name: string | null,
  code: string | null,
  country: string | null,
): CorpusEventActor | undefined {
  return name === null ? undefined : withoutNulls({ name, code, country });
}

function listing(row: EventRow): CorpusEventListing {
  const { sourceName, sourceCode, sourceCountry, targetName, targetCode, targetCountry } = row;
  const { placeName, country, lat, lon, negated, ...rest } = row;
  const source = actor(sourceName, sourceCode, sourceCountry);
  const target = actor(targetName, targetCode, targetCountry);
  const kept = withoutNulls({
    id: Number(rest.id),
    storyId: rest.storyId,
    type: rest.type,
    cameo: rest.cameo,
    code: rest.code,
    from: rest.from,
    to: rest.to,
    goldstein: rest.goldstein,
    quadClass: rest.quadClass,
  });
  return {
    ...kept,
    negated: bool(negated),
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    ...(placeName !== null && lat !== null && lon !== null
      ? { place: withoutNulls({ name: placeName, country, lat, lon }) }
      : {}),
    numMentions: Number(rest.numMentions),
    numArticles: Number(rest.numArticles),
    numSources: Number(rest.numSources),
  };
}
