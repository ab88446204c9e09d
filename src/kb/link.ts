/**
 * Links the article's entities to KB identities in context. Never forced: a name links only when exactly
 * one identity fits after the context filters (type, the entity's country, the countries the article is
 * about, roles active at the publication date); a bare surname links only through the one full-name entity
 * of the article that carries it; a country links through its geocoded place (GeoNames).
 */
import type { Doc, Entity, KbLink } from '../doc/types.js';
import { codesAt } from '../events/dictionaries/actors.js';
import { alpha3 } from './countries.js';
import type { KnowledgeBase } from './load.js';
import { normaliseName, type KbEntry } from './rows.js';

const LINKABLE: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE']);

export function linkEntities(doc: Doc, kb: KnowledgeBase): Entity[] {
  const date = doc.meta.published;
  const docCountries = new Set(doc.places.map((p) => alpha3(p.country)).filter((c): c is string => !!c));
  const first = doc.entities.map((e) => {
    const link = linkOne(doc, e, kb, date, docCountries);
    return link ? { ...e, kb: link } : e;
  });
  return first.map((e) => (e.kb || e.type !== 'PERSON' ? e : linkSurname(e, first)));
}

function linkOne(
  doc: Doc,
  entity: Entity,
  kb: KnowledgeBase,
  date: string | undefined,
  docCountries: ReadonlySet<string>,
): KbLink | undefined {
  if (!LINKABLE.has(entity.type)) return undefined;
  if (entity.type === 'GPE') return countryLink(doc, entity);
  const lookup = (names: readonly string[]): KbEntry[] => {
    const found = new Map<string, KbEntry>();
    for (const name of names)
      for (const e of kb.byName.get(name) ?? []) if (e.type === entity.type) found.set(e.id, e);
    return [...found.values()];
  };
  // "George W. Bush" is GEORGE_W._BUSH: the name as written first, without its middle initial only if nothing fits
  const { written, all } = namesOf(entity);
  const exact = lookup(written);
  const chosen = choose(exact.length > 0 ? exact : lookup(all), entity, date, docCountries);
  return chosen ? { id: chosen.id, name: chosen.name, roles: codesAt(chosen.codes, date) } : undefined;
}

/**
 * The names an entity may be looked up by: its canonical name and aliases written as proper names. A
 * person needs at least two words (a surname alone goes through `linkSurname`).
 */
function namesOf(entity: Entity): { written: string[]; all: string[] } {
  const last = normaliseName(entity.name).split(' ').pop();
  // A person's alias counts only when it ends in the person's own name: a wrongly merged alias
  // ("Hillary Clinton" inside Alicia Machado's entity) must not pull the entity to another identity.
  const sameName = (n: string): boolean =>
    entity.type !== 'PERSON' || normaliseName(n).split(' ').pop() === last;
  const proper = [entity.name, ...entity.aliases].filter((n) => /^\p{Lu}/u.test(n) && sameName(n));
  const names = proper.map(normaliseName).map((n) => n.replace(/^the /, ''));
  // "John D. Podesta" is listed as JOHN_PODESTA: a middle initial may be left out.
  const noInitials = entity.type === 'PERSON' ? names.map((n) => n.replace(/ \p{L}\.(?= )/gu, '')) : [];
  const withArticle = names.map((n) => `the ${n}`);
  const all = [...new Set([...names, ...noInitials, ...withArticle])];
  const written = [...new Set([...names, ...withArticle])];
  const forType = (list: string[]): string[] =>
    entity.type === 'PERSON' ? list.filter((n) => n.includes(' ')) : list;
  return { written: forType(written), all: forType(all) };
}

/** One candidate left after the context filters, or none. */
function choose(
  candidates: KbEntry[],
  entity: Entity,
  date: string | undefined,
  docCountries: ReadonlySet<string>,
): KbEntry | undefined {
  if (candidates.length <= 1) return candidates[0];
  const filters: ((e: KbEntry) => boolean)[] = [
    (e) => {
      const own = alpha3(entity.attributes?.country);
      return !own || e.codes.some((c) => c.code.startsWith(own));
    },
    (e) => e.codes.some((c) => docCountries.has(c.code.slice(0, 3))),
    (e) => !date || e.codes.some((c) => (c.from || c.to) && codesAt([c], date).length > 0),
  ];
  let left = candidates;
  for (const keep of filters) {
    const kept = left.filter(keep);
    if (kept.length > 0) left = kept;
    if (left.length === 1) return left[0];
  }
  return oneIdentity(left);
}

/**
 * The dictionaries list some people twice (XI_JINPING in two files, with different start dates): entries
 * with the same canonical name and the same countries are one identity; the first of them stands for it.
 */
function oneIdentity(entries: readonly KbEntry[]): KbEntry | undefined {
  const countries = (e: KbEntry): string =>
    [...new Set(e.codes.map((c) => c.code.slice(0, 3)))].sort().join();
  const [first, ...rest] = entries;
  if (!first) return undefined;
  const same = rest.every(
    (e) => normaliseName(e.name) === normaliseName(first.name) && countries(e) === countries(first),
  );
  return same ? first : undefined;
}

/** "Clinton" links only when exactly one full-name linked PERSON of the article ends with that name. */
function linkSurname(entity: Entity, linked: readonly Entity[]): Entity {
  const surname = normaliseName(entity.name);
  if (surname.includes(' ')) return entity;
  const owners = new Map<string, KbLink>();
  for (const other of linked) {
    if (other.type !== 'PERSON' || !other.kb) continue;
    const words = normaliseName(other.name).split(' ');
    if (words.length > 1 && words[words.length - 1] === surname) owners.set(other.kb.id, other.kb);
  }
  return owners.size === 1 ? { ...entity, kb: [...owners.values()][0]! } : entity;
}

/** A GPE whose place is a country (GeoNames A.PCL*) links to that country; other places stay unlinked. */
function countryLink(doc: Doc, entity: Entity): KbLink | undefined {
  const place = doc.places.find((p) => p.entity === entity.id && /^A\.PCL/.test(p.featureClass ?? ''));
  const code = alpha3(place?.country);
  if (!place || !code) return undefined;
  return { id: `country:${place.country}`, name: place.name, roles: [code] };
}
