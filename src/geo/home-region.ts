/**
 * A publication's home region, learnt from the places of its own articles.
 *
 * Local papers name local places without saying where they are: the Alexandria of thetowntalk.com is
 * Alexandria, Louisiana, and nothing in a three-sentence police brief says so. Over the site's articles it
 * shows: most of them are about one state. That state (or, for a national paper, its country)
 * then weighs as a clue in every article of the site (see `score.ts`), never as an answer on its own.
 */
import type { HomeRegion, Place } from '../doc/types.js';
import { foldName } from './normalise.js';

/** What the learner reads of a stored place. */
export type PlaceFacts = Pick<Place, 'country' | 'admin1' | 'featureClass' | 'confidence'>;

export interface SiteArticle {
  site?: string;
  places: readonly PlaceFacts[];
}

/** Fewer articles with places than this say nothing about a site. */
const MIN_ARTICLES = 3;
/** Share of the site's articles that must be about one first-level division for it to be the home. */
const ADMIN1_SHARE = 0.5;
/** Share that must be about one country for a site with no home division to have a home country. */
const COUNTRY_SHARE = 0.6;
/**
 * A guessed place says little about where the article is. On the calibrated scale (calibration.ts): about
 * raw 0.5, the threshold this learner was set with before confidences were calibrated. Places the geo bench
 * reads with the calibration off (`--fit-calibration`) are raw, which this reads about the same way.
 */
const MIN_CONFIDENCE = 0.8;
/**
 * Towns, sites, counties and states are what a local paper names; a country or a sea is named by every paper.
 * GeoNames classes: populated places, spots and buildings, first- and second-level divisions.
 */
const LOCAL_FEATURE = /^(P\.|S\.|A\.ADM[12]$)/;

/**
 * Each site's home region: the division (or country) that most of its articles are mostly about. An article
 * votes once, for the division of most of its confident local places (a tie splits the vote), so that one
 * long article about elsewhere does not outvote ten short local ones.
 */
export function learnHomeRegions(articles: Iterable<SiteArticle>): Map<string, HomeRegion> {
  const votes = new Map<string, SiteVotes>();
  for (const article of articles) {
    if (!article.site) continue;
    const regions = articleRegions(article.places);
    if (regions.length === 0) continue;
    let site = votes.get(article.site);
    if (!site) votes.set(article.site, (site = { articles: 0, admin1: new Map(), country: new Map() }));
    site.articles++;
    for (const r of regions) {
      const share = 1 / regions.length;
      add(site.country, r.country, share);
      if (r.admin1) add(site.admin1, `${r.country}\t${r.admin1}`, share);
    }
  }
  const homes = new Map<string, HomeRegion>();
  for (const [site, v] of votes) {
    const home = homeOf(v);
    if (home) homes.set(site, home);
  }
  return homes;
}

/** Whether a place lies in the home region (the same country, and the same division when the home has one). */
export function inHomeRegion(
  home: HomeRegion,
  place: { country?: string; admin1?: string },
): 'admin1' | 'country' | undefined {
  if (place.country !== home.country) return undefined;
  if (home.admin1 && place.admin1 && foldName(home.admin1) === foldName(place.admin1)) return 'admin1';
  return 'country';
}

interface SiteVotes {
  articles: number;
  /** `country\tadmin1` → votes. */
  admin1: Map<string, number>;
  country: Map<string, number>;
}

function homeOf(v: SiteVotes): HomeRegion | undefined {
  if (v.articles < MIN_ARTICLES) return undefined;
  const [admin1Key, admin1Votes] = top(v.admin1);
  if (admin1Key && admin1Votes / v.articles >= ADMIN1_SHARE) {
    const [country, admin1] = admin1Key.split('\t') as [string, string];
    return { country, admin1 };
  }
  const [country, countryVotes] = top(v.country);
  return country && countryVotes / v.articles >= COUNTRY_SHARE ? { country } : undefined;
}

/** The region(s) most of an article's confident local places are in: more than one only on a tie. */
function articleRegions(places: readonly PlaceFacts[]): HomeRegion[] {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (!p.country || p.confidence < MIN_CONFIDENCE || !LOCAL_FEATURE.test(p.featureClass ?? '')) continue;
    add(counts, p.admin1 ? `${p.country}\t${p.admin1}` : p.country, 1);
  }
  const best = Math.max(0, ...counts.values());
  return [...counts]
    .filter(([, n]) => n === best)
    .map(([key]) => {
      const [country, admin1] = key.split('\t') as [string, string | undefined];
      return admin1 ? { country, admin1 } : { country };
    });
}

function top(map: ReadonlyMap<string, number>): [string | undefined, number] {
  let best: [string | undefined, number] = [undefined, 0];
  for (const [k, n] of map)
    if (n > best[1] || (n === best[1] && best[0] !== undefined && k < best[0])) best = [k, n];
  return best;
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}
