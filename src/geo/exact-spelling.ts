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
  return groups.map((g) => {
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
