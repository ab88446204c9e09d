import { poissonDocumentProbability, DocumentFrequencies } from './idf.js';
import { countKeys, topUnit } from './sparse.js';
import type { CorpusTables } from './tables.js';
import { contentTerms, nameKey } from './text/terms.js';
import { firstSentence } from './text/title.js';
import { CHANNELS, type ArticleRecord, type Channel, type SparseVector } from './types.js';
import type { StoryClusterConfig } from './config.js';

/** One article reduced to what clustering compares. */
export interface ArticleFeatures {
  id: string;
  title: string;
  /** Unit-length TF-IDF vector per channel (empty when the article has nothing in it). */
  vectors: Record<Channel, SparseVector>;
  /** Days since 1970-01-01 (UTC) of the publication date, when known. */
  day?: number;
  /** Entity key → the name as written, for display. */
  entityNames: Map<string, string>;
}

/** Keeps one document-frequency table per channel and turns records into feature vectors. */
export class FeatureExtractor {
  private readonly frequencies: Record<Channel, DocumentFrequencies>;

  constructor(
    private readonly tables: CorpusTables,
    private readonly config: StoryClusterConfig,
  ) {
    const { backgroundCounts, backgroundTokens } = tables;
    const prior = (term: string): number =>
      poissonDocumentProbability(
        backgroundCounts.get(term) ?? 0,
        backgroundTokens,
        config.backgroundDocLength,
      );
    this.frequencies = {
      text: new DocumentFrequencies(config.backgroundDocuments, prior),
      entities: new DocumentFrequencies(),
      places: new DocumentFrequencies(),
      dates: new DocumentFrequencies(),
    };
  }

  /** Features of one article; also counts it into the document frequencies (so call once per article). */
  extract(record: ArticleRecord): ArticleFeatures {
    const entityNames = new Map<string, string>();
    for (const name of record.entities ?? []) {
      const key = nameKey(name);
      if (key && !entityNames.has(key)) entityNames.set(key, name);
    }
    const bags: Record<Channel, string[]> = {
      text: contentTerms(record.text, this.tables.stopwords),
      entities: (record.entities ?? []).map(nameKey).filter(Boolean),
      places: (record.places ?? []).map(nameKey).filter(Boolean),
      dates: (record.dates ?? []).flatMap(dateKeys),
    };
    const vectors = {} as Record<Channel, SparseVector>;
    for (const channel of CHANNELS) vectors[channel] = this.weigh(channel, bags[channel]);
    const day = dayNumber(record.published);
    return {
      id: record.id,
      title: record.title?.trim() || firstSentence(record.text),
      vectors,
      ...(day === undefined ? {} : { day }),
      entityNames,
    };
  }

  /** Sublinear TF (1 + ln tf) times IDF, cut to the heaviest terms, unit length. */
  private weigh(channel: Channel, keys: string[]): SparseVector {
    const counts = countKeys(keys);
    const df = this.frequencies[channel];
    df.observe(counts.keys());
    const weighted = new Map<string, number>();
    for (const [k, tf] of counts) weighted.set(k, (1 + Math.log(tf)) * df.idf(k));
    return topUnit(weighted, this.config.maxTermsPerArticle);
  }
}

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2}))?/;

/**
 * A date mention as keys at year and month granularity ("2013-07-21" → "2013", "2013-07"): two articles about
 * the same event name it at different precision ("on Sunday", "in July", "21 July 2013").
 */
export function dateKeys(value: string): string[] {
  const m = CALENDAR_VALUE.exec(value);
  if (!m) return [];
  return m[2] ? [m[1]!, `${m[1]}-${m[2]}`] : [m[1]!];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Day number of an ISO 8601 date or date-time (its calendar date as written), undefined when absent or odd. */
export function dayNumber(published: string | undefined): number | undefined {
  const m = published ? ISO_DATE.exec(published) : null;
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function dayString(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
