import { sql } from 'kysely';
import type { CorpusNetwork, CorpusViewFilter, Paged, PlaceListing } from '../../queries.js';
import { count, rows, Where, type Db, type Sql } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { articleScope, naming } from './scope.js';

/** The articles a corpus view draws from (`a`): the shared scope and, optionally, one entity's articles. */
function corpusWhere(filter: CorpusViewFilter, dialect: SqlDialect): Where {
  const where = new Where().when(filter.entity, (name) => naming(dialect, 'entities', name));
  return articleScope(where, filter, dialect);
}

/** `expr` is one of `names`, ignoring case (as `sameText` compares). */
function caselessIn(dialect: SqlDialect, expr: Sql, names: readonly string[]): Sql {
  return sql`${dialect.caseless(expr)} IN (${sql.join(names.map((n) => dialect.caseless(sql`${n}`)))})`;
}

/**
 * Place names across the articles in view, grouped case-insensitively (as the articles' `place` filter
 * matches), most articles first; each at the position most of its mentions resolved to, so a name that
 * means two places (Georgia) is drawn at the more common one, not halfway between.
 */
export async function queryPlaces(
  db: Db,
  dialect: SqlDialect,
  filter: CorpusViewFilter,
  page: { limit: number; offset: number },
): Promise<Paged<PlaceListing>> {
  const where = corpusWhere(filter, dialect);
  const from = sql`FROM places p JOIN articles a ON a.id = p.article_id ${where.sql}`;
  const key = dialect.caseless(sql`p.name`);
  const groups = await rows<{ name: string; mentions: number; articles: number }>(
    db,
    sql`SELECT min(${dialect.binary(sql`p.name`)}) AS name, count(*) AS mentions,
               count(DISTINCT p.article_id) AS articles
          ${from} GROUP BY ${key}
         ORDER BY count(DISTINCT p.article_id) DESC, count(*) DESC, min(${dialect.binary(sql`p.name`)})
         LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const total = await count(db, sql`SELECT count(*) FROM (SELECT 1 ${from} GROUP BY ${key}) g`);
  if (groups.length === 0) return { items: [], total };
  const named = where.plus(
    caselessIn(
      dialect,
      sql`p.name`,
      groups.map((g) => g.name),
    ),
  );
  type Spot = { name: string; country: string | null; lat: number; lon: number; n: number };
  const spots = await rows<Spot>(
    db,
    sql`SELECT p.name, p.country, p.lat, p.lon, count(*) AS n
          FROM places p JOIN articles a ON a.id = p.article_id ${named.sql}
         GROUP BY p.name, p.country, p.lat, p.lon`,
  );
  const best = new Map<string, Spot>();
  for (const spot of spots) {
    const k = spot.name.toLowerCase();
    const n = Number(spot.n);
    if ((best.get(k)?.n ?? -1) < n) best.set(k, { ...spot, lat: Number(spot.lat), lon: Number(spot.lon), n });
  }
  return {
    items: groups.map((g) => {
      const at = best.get(g.name.toLowerCase());
      return {
        name: g.name,
        ...(at?.country ? { country: at.country } : {}),
        lat: at?.lat ?? 0,
        lon: at?.lon ?? 0,
        mentions: Number(g.mentions),
        articles: Number(g.articles),
      };
    }),
    total,
  };
}

/** A node's key: its name ignoring case, and its type. */
const nodeKey = (name: string, type: string): string => `${type}:${name.toLowerCase()}`;

/**
 * The `maxNodes` entities in the most articles in view (by name ignoring case, and type), linked when named
 * in the same article (weight: shared articles) or as an event's source and target (weight: events).
 */
export async function queryNetwork(
  db: Db,
  dialect: SqlDialect,
  filter: CorpusViewFilter,
  maxNodes: number,
): Promise<CorpusNetwork> {
  const where = corpusWhere(filter, dialect);
  const found = await rows<{ name: string; type: string; articles: number; mentions: number }>(
    db,
    sql`SELECT min(${dialect.binary(sql`e.name`)}) AS name, e.type, count(DISTINCT e.article_id) AS articles,
               sum(e.mention_count) AS mentions
          FROM entities e JOIN articles a ON a.id = e.article_id ${where.sql}
         GROUP BY ${dialect.caseless(sql`e.name`)}, e.type
         ORDER BY count(DISTINCT e.article_id) DESC, sum(e.mention_count) DESC, min(${dialect.binary(sql`e.name`)})
         LIMIT ${maxNodes}`,
  );
  const nodes = found.map((n) => ({
    id: nodeKey(n.name, n.type),
    name: n.name,
    type: n.type,
    articles: Number(n.articles),
    mentions: Number(n.mentions),
  }));
  if (nodes.length < 2) return { nodes, links: [] };
  const ids = new Set(nodes.map((n) => n.id));
  const names = [...new Set(nodes.map((n) => n.name))];
  type PairRow = { an: string; at: string; bn: string; bt: string; n: number };
  const together = await rows<PairRow>(
    db,
    sql`SELECT x.name AS an, x.type AS at, y.name AS bn, y.type AS bt, count(DISTINCT x.article_id) AS n
          FROM entities x JOIN entities y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id
          JOIN articles a ON a.id = x.article_id
          ${where.plus(caselessIn(dialect, sql`x.name`, names)).plus(caselessIn(dialect, sql`y.name`, names)).sql}
         GROUP BY x.name, x.type, y.name, y.type`,
  );
  const events = await rows<PairRow>(
    db,
    sql`SELECT s.name AS an, s.type AS at, t.name AS bn, t.type AS bt, count(*) AS n
          FROM events ev JOIN articles a ON a.id = ev.article_id
          JOIN entities s ON s.article_id = ev.article_id AND s.entity_id = ev.source
          JOIN entities t ON t.article_id = ev.article_id AND t.entity_id = ev.target
          ${where.plus(caselessIn(dialect, sql`s.name`, names)).plus(caselessIn(dialect, sql`t.name`, names)).sql}
         GROUP BY s.name, s.type, t.name, t.type`,
  );
  const links = new Map<string, CorpusNetwork['links'][number]>();
  const add = (row: PairRow, kind: 'article' | 'event'): void => {
    const a = nodeKey(row.an, row.at);
    const b = nodeKey(row.bn, row.bt);
    if (a === b || !ids.has(a) || !ids.has(b)) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    // Both orders of a same-article pair are counted by the self-join: take one.
    if (kind === 'article' && a > b) return;
    const link = links.get(`${source}\u0000${target}`) ?? { source, target, weight: 0, kinds: [] };
    link.weight += Number(row.n);
    if (!link.kinds.includes(kind)) link.kinds.push(kind);
    links.set(`${source}\u0000${target}`, link);
  };
  for (const row of together) add(row, 'article');
  for (const row of events) add(row, 'event');
  return { nodes, links: [...links.values()] };
}
