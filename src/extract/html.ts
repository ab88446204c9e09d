import { createRequire } from 'node:module';
import type { Diagnostic, Meta } from '../doc/types.js';
import { homeRegionOf } from '../doc/home-region.js';
import { normalisePublished, ianaZone } from './dates.js';
import { boundNesting, MAX_NESTING } from './bound-nesting.js';
import { domToText } from './dom-to-text.js';
import { exceedsDepth, parseDocument, type DomDocument, type DomNode } from './dom.js';
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { readMetaTags, type MetaTagValues } from './meta-tags.js';

export interface Extracted {
  raw: string;
  meta: Meta;
  diagnostics: Diagnostic[];
}

/**
 * Readability's scoring walks each node's ancestors, so its time grows with depth × size: 1,000 nested
 * divs take it ~10 s. Real article pages nest a few dozen levels; beyond this it is not an article page.
 */
const MAX_READABLE_DEPTH = 150;
/** Past this many elements Readability throws (caught below): a page that large is not one article. */
const MAX_READABLE_ELEMENTS = 60_000;

// Readability is loaded with the first HTML page, as linkedom is (dom.ts): plain-text articles never need it.
const require = createRequire(import.meta.url);
let readability: typeof import('@mozilla/readability') | undefined;
const loadReadability = (): typeof import('@mozilla/readability') =>
  (readability ??= require('@mozilla/readability') as typeof import('@mozilla/readability'));

type ReadabilityResult = { title?: string | null; byline?: string | null; siteName?: string | null };

/**
 * Article text and metadata from HTML. The page is parsed once: metadata is read first, because Readability
 * removes scripts (JSON-LD) and rewrites the tree; then Readability picks the article and hands back its
 * element (not serialised HTML, which would need a second parse) for the line-per-paragraph walk.
 */
export function extractHtml(html: string): Extracted {
  const diagnostics: Diagnostic[] = [];
  const bounded = boundNesting(html);
  if (bounded.cut > 0)
    diagnostics.push({
      stage: 'extract',
      message: `markup nested deeper than ${MAX_NESTING}: ${bounded.cut} deeper tags ignored (their text kept)`,
    });
  const document = parseDocument(bounded.html);
  const tags = readMetaTags(document);
  const jsonLd = readJsonLd(document) ?? {};
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const title = document.title;

  let article: (ReadabilityResult & { content?: DomNode | null }) | null = null;
  const root = document.body ?? document.documentElement;
  if (root && exceedsDepth(root, MAX_READABLE_DEPTH)) {
    diagnostics.push({
      stage: 'extract',
      message: `markup nested deeper than ${MAX_READABLE_DEPTH}: Readability skipped`,
    });
  } else {
    try {
      const options = { serializer: (node: DomNode) => node, maxElemsToParse: MAX_READABLE_ELEMENTS };
      article = new (loadReadability().Readability)<DomNode>(document, options).parse();
    } catch (error) {
      diagnostics.push({ stage: 'extract', message: `Readability failed: ${String(error)}` });
    }
  }
  let raw = article?.content ? domToText(article.content) : '';
  if (!raw) {
    raw = bodyText(document);
    diagnostics.push({ stage: 'extract', message: 'Readability found no article; used the whole body text' });
  }
  const meta = mergeMeta(tags, jsonLd, article ?? {}, lang, title);
  return { raw, meta, diagnostics };
}

function bodyText(document: DomDocument): string {
  const root = document.body ?? document.documentElement;
  return root ? domToText(root) : '';
}

/** Field by field, the first source that has a value: JSON-LD, then meta tags, then Readability's guesses. */
function mergeMeta(
  tags: MetaTagValues,
  ld: JsonLdArticle,
  article: ReadabilityResult,
  lang: string | undefined,
  documentTitle: string,
): Meta {
  // A zone only when the page names one; an offset in the date is kept in `published`, not turned into a zone.
  const timeZone = ianaZone(tags.timeZone);
  const meta: Meta = {
    title: first(ld.title, tags.title, article.title, documentTitle),
    byline: first(ld.byline, stripBy(tags.byline), stripBy(article.byline)),
    published: normalisePublished(first(ld.published, tags.published), timeZone),
    timeZone,
    language: languageTag(first(lang, ld.language, tags.language)),
    site: first(tags.site, ld.site, article.siteName),
    description: first(ld.description, tags.description),
  };
  const home = homeRegionOf(ld.publisherCountry, ld.publisherRegion) ?? homeRegionOf(tags.homeRegion);
  if (home) meta.homeRegion = home;
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as Meta;
}

function first(...values: (string | null | undefined)[]): string | undefined {
  for (const v of values) {
    const s = v?.replace(/\s+/g, ' ').trim();
    if (s) return s;
  }
  return undefined;
}

function stripBy(byline: string | null | undefined): string | undefined {
  return byline?.replace(/^\s*by\s+/i, '') || undefined;
}

/** `en_US` (Open Graph locale) → `en-US` (BCP 47). */
function languageTag(value: string | undefined): string | undefined {
  return value?.replace(/_/g, '-');
}
