/** Helpers shared by our regex finders (chrono-style: one pattern, one extract function). */
import type { Sentence } from '../../doc/types.js';
import { alternation, type Tables } from '../tables.js';
import type { Candidate, DocEnv, Finder } from '../types.js';

/** What an extract function returns: the candidate without the bookkeeping the runner fills in. */
export type Found = Omit<Candidate, 'start' | 'end' | 'sentence' | 'priority' | 'rule'> & {
  /** Offsets inside the match, when the candidate is narrower than the whole match. */
  from?: number;
  to?: number;
};

/**
 * A finder from a global regex (compiled once) and an extract function; runs on one sentence's text. The
 * pattern must not match inside words: finders put `(?<![\w-])` and `(?![\w-])` around what they match.
 */
export function patternFinder(
  name: string,
  pattern: RegExp,
  extract: (m: RegExpExecArray, env: DocEnv, sentence: Sentence) => Found | undefined,
): Finder {
  if (!pattern.global) throw new Error(`time finder ${name}: pattern must be global`);
  return {
    name,
    find(sentence, env) {
      const out: Candidate[] = [];
      const re = pattern; // compiled once; find() never runs inside another find(), so lastIndex is ours
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
        const found = extract(m, env, sentence);
        if (!found) continue;
        const { from = 0, to = m[0].length, ...rest } = found;
        const start = sentence.start + m.index + from;
        out.push({
          ...rest,
          start,
          end: sentence.start + m.index + to,
          sentence: sentence.index,
          priority: 1,
          rule: name,
        });
      }
      return out;
    },
  };
}

/** `(?:in|on|since|…)\s+` as an optional leading group named `prep`. */
export function prepositionGroup(tables: Tables): string {
  return `(?:(?<prep>${alternation(tables.prepositions)})\\s+)?`;
}

/** The number-word alternation plus digits, as a group named `qty`. */
export function quantityGroup(tables: Tables): string {
  return `(?<qty>\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:${alternation(tenWords(tables))})[- ](?:${alternation(unitWords(tables))})|${alternation(tables.numberWords.keys())})`;
}

const tenWords = (t: Tables): string[] =>
  [...t.numberWords]
    .filter(([, v]) => typeof v === 'number' && v >= 20 && v < 100 && v % 10 === 0)
    .map(([k]) => k);
const unitWords = (t: Tables): string[] =>
  [...t.numberWords]
    .filter(([, v]) => typeof v === 'number' && v >= 1 && v <= 9)
    .map(([k]) => k)
    .filter((k) => k !== 'a' && k !== 'an');

/** The number a quantity group stands for: 24, 2.5, 24 for "twenty-four", 'X' for "several". */
export function quantityValue(text: string, tables: Tables): number | 'X' | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const half = /^(\d+)\s+1\/2$/.exec(t); // "5 1/2 hours"
  if (half) return Number(half[1]) + 0.5;
  if (/^\d/.test(t)) return Number(t.replace(/,/g, '')); // "1,000 days"
  const direct = tables.numberWords.get(t);
  if (direct !== undefined) return direct;
  const [tens, ones] = t.split(/[- ]/);
  const a = tables.numberWords.get(tens ?? '');
  const b = tables.numberWords.get(ones ?? '');
  return typeof a === 'number' && typeof b === 'number' ? a + b : undefined;
}
