import type { Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { foldName } from './normalise.js';
import { priorOf } from './prior.js';
import type { IndexHit } from './types.js';

interface OrgPlaceRule {
  featureClass: string;
  minPopulation: number;
}

let rules: OrgPlaceRule[] | undefined;
let notPlaces: Set<string> | undefined;

/** `data/geo/org-not-places.tsv`: ORG names that are never read as their namesake place. */
function notPlaceNames(): Set<string> {
  notPlaces ??= new Set(readTsv(dataFile('geo', 'org-not-places.tsv')).map((r) => foldName(r['name']!)));
  return notPlaces;
}

/**
 * A short all-capital word matched to a place written otherwise ("UN" → Un, India; "NICE" → Nice) is an
 * acronym of an organisation; a country's own abbreviation ("US", "UK") reaches its entry as an alias instead.
 */
const ACRONYM = /^[A-Z.]{2,5}$/;

/** `data/geo/org-place-rules.tsv`: which kinds of place an ORG-labelled name may be read as. */
function ruleTable(): OrgPlaceRule[] {
  rules ??= readTsv(dataFile('geo', 'org-place-rules.tsv')).map((r) => ({
    featureClass: r['featureClass']!,
    minPopulation: Number(r['minPopulation']),
  }));
  return rules;
}

/** A capitalised word right after the mention: the name is part of a longer one ("Georgia Power"). */
const NAME_AFTER = /^[ \t]+\p{Lu}/u;

/**
 * True when an ORG mention is better read as a place: no capitalised word follows it, and either
 * its most important gazetteer entry is a well-known kind of place (the rule table), or the article also
 * names it as a place (GPE/LOC) elsewhere, so one sense per article makes it a place here too.
 */
export function orgIsPlace(
  mention: Mention,
  hits: readonly IndexHit[],
  after: string,
  placeNames: ReadonlySet<string>,
): boolean {
  if (NAME_AFTER.test(after) || notPlaceNames().has(foldName(mention.text))) return false;
  if (placeNames.has(foldName(mention.text))) return true;
  let best: IndexHit | undefined;
  for (const h of hits) if (!best || priorOf(h.entry) > priorOf(best.entry)) best = h;
  if (!best || best.via === 'stripped') return false;
  if (ACRONYM.test(mention.text) && best.via === 'name' && best.entry.name !== mention.text) return false;
  const e = best.entry;
  return ruleTable().some(
    (r) => e.featureClass.startsWith(r.featureClass) && e.population >= r.minPopulation,
  );
}
