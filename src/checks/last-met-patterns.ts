/**
 * Statements that date the last time two parties did something together, each normalised to
 * "last <relation> in <year>": "first face-to-face meeting since 2018" and "whom he last saw in 2018" both
 * say they last met in 2018. Written by hand for newsgraph from common news phrasing.
 * Each pattern has a named group `year`; flags `giu` are added when compiled. `cue` is the pattern's own
 * opening (the pattern starts with it), a cheap test that lets a sentence skip compiling the pattern.
 */
export interface LastMetPattern {
  id: string;
  relation: 'met' | 'spoke';
  cue: string;
  pattern: string;
}

const YEAR = '(?<year>(?:19|20)\\d{2})';
const FIRST = '\\bfirst\\s';
const LAST = '\\blast\\s';
const NOT = `\\b(?:have|has|had)\\s*(?:not|n[’']t)\\s`;
const WORDS = (n: number): string => `(?:[\\p{L}-]+\\s+){0,${n}}?`;

export const LAST_MET_PATTERNS: readonly LastMetPattern[] = [
  {
    id: 'first-meeting-since',
    relation: 'met',
    cue: FIRST,
    pattern: `${FIRST}+${WORDS(3)}(?:meeting|summit|talks|encounter|visit)\\s+since\\s+${YEAR}\\b`,
  },
  {
    id: 'first-time-met-since',
    relation: 'met',
    cue: FIRST,
    pattern: `${FIRST}+time\\s+${WORDS(4)}(?:have|has|had|will\\s+have)\\s+(?:met|seen\\s+each\\s+other)\\s+${WORDS(3)}since\\s+${YEAR}\\b`,
  },
  {
    id: 'last-met-in',
    relation: 'met',
    cue: LAST,
    pattern: `${LAST}+(?:met|saw|seen|visited|hosted)\\s+${WORDS(3)}in\\s+${YEAR}\\b`,
  },
  {
    id: 'not-met-since',
    relation: 'met',
    cue: NOT,
    pattern: `${NOT}+(?:met|seen\\s+each\\s+other)\\s+${WORDS(3)}since\\s+${YEAR}\\b`,
  },
  {
    id: 'last-meeting-in',
    relation: 'met',
    cue: LAST,
    pattern: `${LAST}+(?:meeting|summit|encounter)\\s+${WORDS(3)}(?:was\\s+)?in\\s+${YEAR}\\b`,
  },
  {
    id: 'first-call-since',
    relation: 'spoke',
    cue: FIRST,
    pattern: `${FIRST}+${WORDS(2)}(?:phone\\s+call|call|conversation)\\s+since\\s+${YEAR}\\b`,
  },
  {
    id: 'not-spoken-since',
    relation: 'spoke',
    cue: NOT,
    pattern: `${NOT}+(?:spoken|talked)\\s+${WORDS(4)}since\\s+${YEAR}\\b`,
  },
  {
    id: 'last-spoke-in',
    relation: 'spoke',
    cue: LAST,
    pattern: `${LAST}+(?:spoke|talked)\\s+${WORDS(4)}in\\s+${YEAR}\\b`,
  },
];
