import type { DomDocument } from './dom.js';

/** schema.org types whose JSON-LD describes the article itself (schema.org/Article and its news subtypes). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'Report',
  'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting',
]); // prettier-ignore

export interface JsonLdArticle {
  title?: string;
  byline?: string;
  published?: string;
  site?: string;
  language?: string;
  description?: string;
  /** The publisher's `address` (schema.org PostalAddress): its country and region, as written. */
  publisherCountry?: string;
  publisherRegion?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The first article described in the page's `application/ld+json` scripts, looking inside arrays and `@graph`. */
export function readJsonLd(document: DomDocument): JsonLdArticle | undefined {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const data = parseLenient(scripts[i]!.textContent ?? '');
    const article = data === undefined ? undefined : findArticle(data);
    if (article) return fields(article);
  }
  return undefined;
}

/** Sites wrap JSON-LD in HTML comments or CDATA and leave control characters in strings; tolerate those. */
function parseLenient(text: string): Json | undefined {
  const cleaned = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
    // eslint-disable-next-line no-control-regex -- raw control characters are exactly what must go
    .replace(/[\u0000-\u001f]+/g, ' ');
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    return undefined;
  }
}

function findArticle(data: Json): JsonObject | undefined {
  const queue: Json[] = [data];
  // Breadth-first, a bounded number of nodes: the article is near the top when it is there at all.
  for (let seen = 0; queue.length > 0 && seen < 500; seen++) {
    const node = queue.shift()!;
    if (Array.isArray(node)) for (const item of node) queue.push(item);
    else if (isObject(node)) {
      if (types(node).some((t) => ARTICLE_TYPES.has(t))) return node;
      if (node['@graph'] !== undefined) queue.push(node['@graph']);
    }
  }
  return undefined;
}

function fields(o: JsonObject): JsonLdArticle {
  const authors = names(o['author'] ?? o['creator']);
  return {
    title: text(o['headline']) ?? text(o['name']),
    byline: authors.length > 0 ? authors.join(', ') : undefined,
    published: text(o['datePublished']) ?? text(o['dateCreated']),
    site: names(o['publisher'])[0],
    ...publisherAddress(o['publisher']),
    language: text(o['inLanguage']) ?? names(o['inLanguage'])[0],
    description: text(o['description']),
  };
}

/** The first publisher's address country and region; `addressCountry` may itself be a Country with a name. */
function publisherAddress(
  value: Json | undefined,
): Pick<JsonLdArticle, 'publisherCountry' | 'publisherRegion'> {
  const publisher = Array.isArray(value) ? value.find(isObject) : value;
  const address = isObject(publisher) ? publisher['address'] : undefined;
  if (!isObject(address)) return {};
  const country = address['addressCountry'];
  const countryText = isObject(country) ? text(country['name']) : text(country);
  const region = text(address['addressRegion']);
  return {
    ...(countryText ? { publisherCountry: countryText } : {}),
    ...(region ? { publisherRegion: region } : {}),
  };
}

/** Names of a person, an organisation, a plain string or a list of those; duplicates dropped. */
function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const item of list) {
    const name = isObject(item) ? text(item['name']) : text(item);
    if (name && !/^https?:\/\//i.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: Json | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return s || undefined;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Script text is not entity-decoded by the parser, yet sites often HTML-escape strings inside JSON-LD. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}
