/**
 * Prior importance of a place by its GeoNames feature code: the order "country > capital > admin1 > big city >
 * small town" that decides a name when the article gives no other clue. Hand-set for newsgraph; the numbers
 * only matter relative to each other and to the context bonuses in `score.ts`.
 * `weight`: the feature's importance. `unknownPopulation`: stands in for the population term when the source
 * has no population (countries, states and curated features are notable by being listed at all).
 */
interface FeatureWeight {
  code: string;
  weight: number;
  unknownPopulation: number;
}

// prettier-ignore
const TABLE: readonly FeatureWeight[] = [
  // code      weight  unknownPopulation
  { code: 'A.PCLI', weight: 1.0, unknownPopulation: 0.4 }, // independent country
  { code: 'A.PCLD', weight: 0.9, unknownPopulation: 0.3 }, // dependent territory
  { code: 'A.PCLH', weight: 0.7, unknownPopulation: 0.3 }, // historical state (Soviet Union)
  { code: 'A.ADM1', weight: 0.8, unknownPopulation: 0.15 }, // state, oblast, province
  { code: 'A.ADM2', weight: 0.45, unknownPopulation: 0.05 }, // county (population estimated from ZIP codes)
  { code: 'P.PPLC', weight: 0.75, unknownPopulation: 0.2 }, // capital
  { code: 'P.PPLG', weight: 0.8, unknownPopulation: 0.2 }, // seat of government (The Hague)
  { code: 'P.PPLA', weight: 0.6, unknownPopulation: 0.1 }, // seat of an admin1
  // County seats and lower: barely above an ordinary town, so population decides between a big city and a
  // smaller county seat of the same name (Arlington, Texas over Arlington, Virginia).
  { code: 'P.PPLA2', weight: 0.42, unknownPopulation: 0.1 },
  { code: 'P.PPLA3', weight: 0.42, unknownPopulation: 0.1 },
  { code: 'P.PPLA4', weight: 0.42, unknownPopulation: 0.1 },
  { code: 'P.PPL', weight: 0.4, unknownPopulation: 0.1 },
  { code: 'P.PPLL', weight: 0.3, unknownPopulation: 0 }, // small US town known only from postal codes
  { code: 'P.PPLX', weight: 0.25, unknownPopulation: 0 }, // section of a city
  { code: 'P.PPLH', weight: 0.2, unknownPopulation: 0 }, // historical place
  { code: 'P.PPLQ', weight: 0.1, unknownPopulation: 0 }, // abandoned
  { code: 'P.PPLW', weight: 0.1, unknownPopulation: 0 }, // destroyed
  { code: 'H.OCN', weight: 0.95, unknownPopulation: 0.2 },
  { code: 'H.SEA', weight: 0.85, unknownPopulation: 0.2 },
  { code: 'H.GULF', weight: 0.8, unknownPopulation: 0.2 },
  { code: 'H.STRT', weight: 0.8, unknownPopulation: 0.2 },
  { code: 'H.LK', weight: 0.8, unknownPopulation: 0.2 },
  { code: 'H.CNL', weight: 0.75, unknownPopulation: 0.2 },
  { code: 'H.STM', weight: 0.7, unknownPopulation: 0.2 },
  { code: 'L.CONT', weight: 0.9, unknownPopulation: 0.2 },
  { code: 'L.RGN', weight: 0.75, unknownPopulation: 0.2 },
  { code: 'T.ISLS', weight: 0.75, unknownPopulation: 0.2 },
  { code: 'T.PEN', weight: 0.75, unknownPopulation: 0.2 },
  { code: 'T.ISL', weight: 0.7, unknownPopulation: 0.2 },
  { code: 'T.MTS', weight: 0.7, unknownPopulation: 0.2 },
  { code: 'T.MT', weight: 0.7, unknownPopulation: 0.2 },
  { code: 'T.UPLD', weight: 0.7, unknownPopulation: 0.2 },
  { code: 'S.INSM', weight: 0.7, unknownPopulation: 0.2 }, // military installation
  { code: 'S.BLDG', weight: 0.7, unknownPopulation: 0.2 },
  { code: 'S.PS', weight: 0.7, unknownPopulation: 0.2 }, // power station
];

/** Fallback by feature class letter, for codes not listed. */
const BY_CLASS: Readonly<Record<string, FeatureWeight>> = {
  A: { code: 'A', weight: 0.6, unknownPopulation: 0.1 },
  P: { code: 'P', weight: 0.35, unknownPopulation: 0 },
  H: { code: 'H', weight: 0.6, unknownPopulation: 0.1 },
  L: { code: 'L', weight: 0.6, unknownPopulation: 0.1 },
  S: { code: 'S', weight: 0.5, unknownPopulation: 0.1 },
  T: { code: 'T', weight: 0.6, unknownPopulation: 0.1 },
};
const DEFAULT: FeatureWeight = { code: '', weight: 0.3, unknownPopulation: 0 };

const byCode = new Map(TABLE.map((w) => [w.code, w]));

export function featureWeight(featureClass: string): FeatureWeight {
  return byCode.get(featureClass) ?? BY_CLASS[featureClass.charAt(0)] ?? DEFAULT;
}
