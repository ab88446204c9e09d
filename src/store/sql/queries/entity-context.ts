import { sql } from 'kysely';
import type { CoEntity, EntityDetail } from '../../queries.js';
import { fromJson, NEWEST_FIRST, rows, type Db } from '../db.js';
import type { SqlDialect } from '../dialect.js';

/** Articles whose KB links are read for an entity's identity: the newest few are enough to agree on it. */
const KB_ARTICLES = 20;
const MOST_ALIASES = 20;
const MOST_CO_ENTITIES = 20;

type Context = Pick<EntityDetail, 'aliases' | 'roles' | 'kb' | 'coOccurring'>;

/** Values by how often they occur, most first (ties alphabetically). */
function byFrequency(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/**
 * Who an entity is across its articles: the aliases and roles its articles gave it, the KB identity most
 * of its newest articles linked it to, and the entities named in the same articles.
 */
export async function entityContext(db: Db, dialect: SqlDialect, name: string): Promise<Context> {
  const named = dialect.sameText(sql`e.name`, name);
  const facts = await rows<{ aliases: unknown; role: string | null }>(
    db,
    sql`SELECT e.aliases, e.role FROM entities e WHERE ${named}`,
  );
  const lower = name.toLowerCase();
  const aliases = byFrequency(
    facts.flatMap((f) => fromJson<string[]>(f.aliases)).filter((a) => a.toLowerCase() !== lower),
  ).slice(0, MOST_ALIASES);
  const roles = byFrequency(facts.flatMap((f) => (f.role ? [f.role] : [])));
  const kb = await kbIdentity(db, dialect, name);
  return { aliases, roles, ...(kb ? { kb } : {}), coOccurring: await coOccurring(db, dialect, name) };
}

interface KbEntity {
  name: string;
  kb?: { id: string; name: string; roles: string[] };
}

/** The KB link its newest articles agree on most, with the CAMEO actor codes they gave it. */
async function kbIdentity(db: Db, dialect: SqlDialect, name: string): Promise<Context['kb']> {
  const docs = await rows<{ entities: unknown }>(
    db,
    sql`SELECT ${dialect.jsonMember(sql`a.doc_json`, 'entities')} AS entities FROM articles a
         WHERE a.id IN (SELECT e.article_id FROM entities e WHERE ${dialect.sameText(sql`e.name`, name)})
         ORDER BY ${NEWEST_FIRST} LIMIT ${KB_ARTICLES}`,
  );
  const lower = name.toLowerCase();
  const links = docs.flatMap((d) =>
    (fromJson<KbEntity[] | null>(d.entities) ?? []).flatMap((e) =>
      e.kb && e.name.toLowerCase() === lower ? [e.kb] : [],
    ),
  );
  const id = byFrequency(links.map((l) => l.id))[0];
  if (!id) return undefined;
  const same = links.filter((l) => l.id === id);
  return { id, name: same[0]!.name, codes: byFrequency(same.flatMap((l) => l.roles)) };
}

/** Entities named in the same articles as `name`, most shared articles first. */
async function coOccurring(db: Db, dialect: SqlDialect, name: string): Promise<CoEntity[]> {
  const found = await rows<CoEntity>(
    db,
    sql`SELECT min(${dialect.binary(sql`o.name`)}) AS name, min(o.type) AS type,
               count(DISTINCT o.article_id) AS articles
          FROM entities e JOIN entities o ON o.article_id = e.article_id
         WHERE ${dialect.sameText(sql`e.name`, name)} AND NOT ${dialect.sameText(sql`o.name`, sql`e.name`)}
         GROUP BY ${dialect.caseless(sql`o.name`)}
         ORDER BY count(DISTINCT o.article_id) DESC, min(${dialect.binary(sql`o.name`)})
         LIMIT ${MOST_CO_ENTITIES}`,
  );
  return found.map((f) => ({ ...f, articles: Number(f.articles) }));
}
