import type { DomDocument } from './dom.js';

/**
 * Which `<meta>` keys feed which metadata field, best first. A key is matched against a tag's `property`,
 * `name`, `itemprop` or `http-equiv`, lower-cased. Sources: Open Graph (ogp.me), Facebook article tags,
 * Dublin Core, schema.org microdata, Parse.ly and Sailthru tags as found on news sites.
 */
export const META_TAG_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'headline'],
  site: ['og:site_name', 'application-name'],
  byline: ['article:author', 'author', 'parsely-author', 'dc.creator', 'byl', 'sailthru.author'],
  published: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'dcterms.issued',
    'parsely-pub-date',
    'sailthru.date',
  ],
  language: ['og:locale', 'content-language', 'dc.language', 'language'],
  description: ['og:description', 'description', 'twitter:description'],
  // Rare, but when a page names its IANA zone it is the only honest source of one (an offset is not a zone).
  timeZone: ['article:timezone', 'timezone', 'time-zone'],
  // Where the publication is based, as an ISO 3166-2 code ("US-LA"): the GeoTags convention local sites use.
  homeRegion: ['geo.region', 'geo.country'],
} as const;

export type MetaTagField = keyof typeof META_TAG_KEYS;
export type MetaTagValues = Partial<Record<MetaTagField, string>>;

const KEY_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/** The first non-empty content for each field, in the key order of `META_TAG_KEYS`. */
export function readMetaTags(document: DomDocument): MetaTagValues {
  const byKey = new Map<string, string>();
  const tags = document.querySelectorAll('meta');
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const content = tag.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of KEY_ATTRIBUTES) {
      const key = tag.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !byKey.has(key) && usable(key, content)) byKey.set(key, content);
    }
  }
  const out: MetaTagValues = {};
  for (const field of Object.keys(META_TAG_KEYS) as MetaTagField[]) {
    const key = META_TAG_KEYS[field].find((k) => byKey.has(k));
    if (key) out[field] = byKey.get(key);
  }
  return out;
}

const BYLINE_KEYS: ReadonlySet<string> = new Set(META_TAG_KEYS.byline);

/** `article:author` is often a profile URL, not a name. */
function usable(key: string, content: string): boolean {
  return !(BYLINE_KEYS.has(key) && /^https?:\/\//i.test(content));
}
