import type { ArticleListing, EntityDetail, EntityMention, EventListing } from '../queries.js';
import { withoutNulls } from '../sql/db.js';

/**
 * Row shapes both engines' read queries select, and how a row becomes what the `Store` returns: the SQL
 * differs by dialect, the result must not.
 */

/** Characters of text shown for an article listed without a search query. */
export const LEAD_CHARS = 240;

/** The start of an article (its first `LEAD_CHARS`) cut at a word boundary, with an ellipsis when there is more. */
export function lead(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (text.length < LEAD_CHARS) return flat;
  const cut = flat.lastIndexOf(' ');
  return `${cut > LEAD_CHARS / 2 ? flat.slice(0, cut) : flat}…`;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  source: string | null;
  site: string | null;
  published: string | null;
  snippet: string | null;
  entities: number;
  quotes: number;
  places: number;
  events: number;
  findings: number;
}

/** A listed article; `leadText`: the snippet is the text's start (no query), to be cut at a word. */
export function articleListing(row: ArticleRow, leadText: boolean): ArticleListing {
  const { id, title, source, site, published, snippet, entities, quotes, places, events, findings } = row;
  return {
    id,
    ...withoutNulls({ title, source, site, published }),
    ...(snippet ? { snippet: leadText ? lead(snippet) : snippet } : {}),
    counts: { entities, quotes, places, events, findings },
  };
}

/** An event row; `negated` and `hypothetical` are 1 or 0 (SQLite's booleans; PostgreSQL casts to match). */
export interface EventRow {
  articleId: string;
  articleTitle: string | null;
  articleSource: string | null;
  published: string | null;
  type: string;
  mode: string | null;
  cameo: string;
  source: string | null;
  target: string | null;
  start: number;
  end: number;
  text: string;
  cue: string | null;
  time: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  negated: number;
  hypothetical: number;
}

export function eventListing(row: EventRow): EventListing {
  const { negated, hypothetical, cue, ...rest } = row;
  return { ...withoutNulls(rest), cue: cue ?? '', negated: negated === 1, hypothetical: hypothetical === 1 };
}

/** `LIKE` treats % and _ as wildcards: escape them (with `\`) so `q` is a plain substring. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The value most of `values` have (the first of equals), '' for none. */
export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** An article naming an entity, with the entity's name and type there. */
export interface EntityArticleRow {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  name: string;
  type: string;
}

/** A mention with its sentence's index (made text by the engine, which reads the article's sentences). */
export interface MentionRow {
  articleId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** The entity as `getEntity` returns it: the first article's spelling, the most common type, each article once. */
export function entityDetail(
  articles: readonly EntityArticleRow[],
  mentions: EntityMention[],
  mentionsTotal: number,
): Omit<EntityDetail, 'aliases' | 'roles' | 'kb' | 'coOccurring'> | undefined {
  const first = articles[0];
  if (!first) return undefined;
  const seen = new Set<string>();
  return {
    name: first.name,
    type: mostCommon(articles.map((a) => a.type)),
    articles: articles
      .filter((a) => !seen.has(a.id) && seen.add(a.id))
      .map((a) => withoutNulls({ id: a.id, title: a.title, source: a.source, published: a.published })),
    mentions,
    mentionsTotal,
  };
}
