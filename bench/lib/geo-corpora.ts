/**
 * Readers for the geoparsing corpora of Gritta et al.'s Pragmatic-Guide-to-Geoparsing-Evaluation repository,
 * all `<articles><article><text>…` XML:
 * - LGL (Lieberman et al. 2010): `<toponyms><toponym><start><end><phrase><gaztag geonameid><lat><lon>`;
 *   a toponym without a gaztag has no coordinates (it still counts for recognition).
 * - GeoVirus (Gritta et al. 2018): `<locations><location><name><start><end><lat><lon><page>`.
 * - GeoWebNews (Gritta et al. 2020): `<toponyms><toponym><extractedName><type><start><end><geonamesID>
 *   <latitude><longitude>`; the `Literal_Expression` and `Non_Lit_Expression` annotations are common-noun
 *   expressions ("the street", "residents"), not toponyms, and are left out.
 * Offsets are into the article text. Where the text at a gold span is not the gold phrase (GeoVirus spans
 * sit one character early throughout), the span is moved to the nearest occurrence of the phrase within
 * `ALIGN_WINDOW` characters; the reader counts how many it moved and how many it could not place.
 */
import {
  childElements,
  childText,
  descendants,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
} from './xml.js';

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat?: number;
  lon?: number;
  geonameId?: number;
}

export interface GeoArticle {
  id: string;
  text: string;
  toponyms: GoldToponym[];
  /** The publishing site where the corpus says it (LGL's `<domain>`). */
  site?: string;
}

export interface GeoCorpus {
  articles: GeoArticle[];
  /** Gold spans moved onto their phrase, and spans whose phrase was not found near them (kept as given). */
  realigned: number;
  unaligned: number;
}

export const ALIGN_WINDOW = 10;

/** Annotation types of GeoWebNews that are not toponyms. */
const NOT_TOPONYMS: ReadonlySet<string> = new Set(['Literal_Expression', 'Non_Lit_Expression']);

export function readGeoCorpus(source: string): GeoCorpus {
  const corpus: GeoCorpus = { articles: [], realigned: 0, unaligned: 0 };
  descendants(parseXml(source), 'article').forEach((article, index) => {
    const textElement = firstChild(article, 'text');
    const text = textElement ? textContent(textElement) : '';
    const toponyms: GoldToponym[] = [];
    for (const annotation of annotations(article)) {
      const gold = readAnnotation(annotation);
      if (!gold) continue;
      const aligned = alignPhrase(text, gold, ALIGN_WINDOW);
      if (aligned === undefined) corpus.unaligned++;
      else if (aligned.start !== gold.start) corpus.realigned++;
      toponyms.push({ ...gold, ...(aligned ?? {}) });
    }
    const id = article.attrs.docid ?? childText(article, 'source') ?? String(index + 1);
    const site = childText(article, 'domain')?.trim();
    corpus.articles.push({ id, text, toponyms, ...(site ? { site } : {}) });
  });
  return corpus;
}

/**
 * The article's toponym annotations. Read as descendants, not children: GeoVirus has a stray unclosed
 * `<location>` that nests the next one inside it, and both are still annotations.
 */
function annotations(article: XmlElement): XmlElement[] {
  const lists = [...childElements(article, 'toponyms'), ...childElements(article, 'locations')];
  return lists.flatMap((list) => [...descendants(list, 'toponym'), ...descendants(list, 'location')]);
}

function readAnnotation(e: XmlElement): GoldToponym | undefined {
  const type = childText(e, 'type');
  if (type && NOT_TOPONYMS.has(type)) return undefined;
  const start = Number(childText(e, 'start'));
  const end = Number(childText(e, 'end'));
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return undefined;
  const phrase = childText(e, 'phrase') ?? childText(e, 'name') ?? childText(e, 'extractedName') ?? '';
  const gaztag = firstChild(e, 'gaztag');
  const where = gaztag ?? e;
  const lat = number(childText(where, 'lat') ?? childText(where, 'latitude') ?? where.attrs.lat);
  const lon = number(childText(where, 'lon') ?? childText(where, 'longitude') ?? where.attrs.lon);
  const geonameId = number(gaztag?.attrs.geonameid ?? childText(e, 'geonamesID'));
  return {
    start,
    end,
    phrase,
    ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    ...(geonameId !== undefined ? { geonameId } : {}),
  };
}

function number(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The span of `phrase` at or nearest to the given span (start within `window` characters either side), or
 * undefined when it is not there. An empty phrase trusts the offsets.
 */
export function alignPhrase(
  text: string,
  span: { start: number; end: number; phrase: string },
  window: number,
): { start: number; end: number } | undefined {
  const { start, end, phrase } = span;
  if (phrase === '' || text.slice(start, end) === phrase) return { start, end };
  let best: number | undefined;
  let from = Math.max(0, start - window);
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0 || at > start + window) break;
    if (best === undefined || Math.abs(at - start) < Math.abs(best - start)) best = at;
    from = at + 1;
  }
  return best === undefined ? undefined : { start: best, end: best + phrase.length };
}
