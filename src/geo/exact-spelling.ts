import type { ToponymGroup } from './toponyms.js';

/** Countries and dependent territories (GeoNames A.PCL*). */
const COUNTRY = /^A\.PCL/;
const MARKS = /\p{M}/gu;

const bare = (name: string): string => name.normalize('NFD').replace(MARKS, '');

/**
 * A country spelt exactly as written beats places whose name matches only once accents are dropped: "Canada" is
 * Canada, never Cañada, Mexico, however Mexican the article. Lookups fold accents so that "Sao Paulo" finds São
 * Paulo; that folding must not let a town outspell a country. Other groups are returned as they are.
 */
export function preferExactCountry(groups: readonly ToponymGroup[]): ToponymGroup[] {
  return groups.map(initialismOnly).map((g) => {
    const written = g.mentions.map((m) => m.text);
    const country = g.candidates.some(
      (c) => COUNTRY.test(c.entry.featureClass) && written.includes(c.entry.name),
    );
    if (!country) return g;
    const accentOnly = (name: string): boolean =>
      !written.includes(name) && written.some((w) => bare(name) === bare(w) && name !== bare(name));
    const candidates = g.candidates.filter((c) => !accentOnly(c.entry.name));
    return candidates.length === g.candidates.length ? g : { ...g, candidates };
  });
}

/** Letters each followed by a period: "U.S.", "U.K.", "D.C.". */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;

/**
 * An initialism written with periods ("U.S.") is an abbreviation, never a place whose name is the word its
 * letters spell (Us, a village in France): where the group has a reading known under that abbreviation (an
 * alternate name or alias), the places matched only through their own undotted name are dropped.
 */
function initialismOnly(g: ToponymGroup): ToponymGroup {
  if (!g.mentions.every((m) => INITIALISM.test(m.text))) return g;
  const spelledOut = (c: ToponymGroup['candidates'][number]): boolean =>
    c.via === 'name' && !c.entry.name.includes('.');
  const candidates = g.candidates.filter((c) => !spelledOut(c));
  return candidates.length === 0 || candidates.length === g.candidates.length ? g : { ...g, candidates };
}
