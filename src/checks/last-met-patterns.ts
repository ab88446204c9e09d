/**
 * Statements that date the last time two parties did something together, each normalised to
 * "last <relation> in <year>": "first face-to-face meeting since 2018" and "whom he last saw in 2018" both
 * say they last met in 2018. Written by hand for newsgraph from common news phrasing.
 * Each pattern has a named group `year`; flags `giu` are added when compiled.
 */
export interface LastMetPattern {
  id: string;
  relation: 'met' | 'spoke';
  pattern: string;
}

const YEAR = '(?<year>(?:19|20)\\d{2})';
const WORDS = (n: number): string => `(?:[\\p{L}-]+\\s+){0,${n}}?`;

export const LAST_MET_PATTERNS: readonly LastMetPattern[] = [
  {
    id: 'first-meeting-since',
    relation: 'met',
    pattern: `\\bfirst\\s+${WORDS(3)}(?:meeting|summit|talks|encounter|visit)\\s+since\\s+${YEAR}\\b`,
  },
  {
    id: 'first-time-met-since',
    relation: 'met',
    pattern: `\\bfirst\\s+time\\s+${WORDS(4)}(?:have|has|had|will\\s+have)\\s+(?:met|seen\\s+each\\s+other)\\s+${WORDS(3)}since\\s+${YEAR}\\b`,
  },
  {
    id: 'last-met-in',
    relation: 'met',
    pattern: `\\blast\\s+(?:met|saw|seen|visited|hosted)\\s+${WORDS(3)}in\\s+${YEAR}\\b`,
  },
  {
    id: 'not-met-since',
    relation: 'met',
    pattern: `\\b(?:have|has|had)\\s*(?:not|n[’']t)\\s+(?:met|seen\\s+each\\s+other)\\s+${WORDS(3)}since\\s+${YEAR}\\b`,
  },
  {
    id: 'last-meeting-in',
    relation: 'met',
    pattern: `\\blast\\s+(?:meeting|summit|encounter)\\s+${WORDS(3)}(?:was\\s+)?in\\s+${YEAR}\\b`,
  },
  {
    id: 'first-call-since',
    relation: 'spoke',
    pattern: `\\bfirst\\s+${WORDS(2)}(?:phone\\s+call|call|conversation)\\s+since\\s+${YEAR}\\b`,
  },
  {
    id: 'not-spoken-since',
    relation: 'spoke',
    pattern: `\\b(?:have|has|had)\\s*(?:not|n[’']t)\\s+(?:spoken|talked)\\s+${WORDS(4)}since\\s+${YEAR}\\b`,
  },
  {
    id: 'last-spoke-in',
    relation: 'spoke',
    pattern: `\\blast\\s+(?:spoke|talked)\\s+${WORDS(4)}in\\s+${YEAR}\\b`,
  },
];
