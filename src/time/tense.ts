/**
 * The tense around a time expression, from cue words (data/time/tense-cues.tsv): the cue nearest before the
 * expression in its sentence decides, else the nearest after that may look back ("planned" only looks forward).
 * "told reporters … on Thursday" is past, "are set to begin … Friday" future. Present or no cue leaves it open:
 * calendar.ts then decides (a bare weekday looks back unless it is tomorrow, a month-day takes the nearer year).
 */
import type { Tables } from './tables.js';
import type { Tense } from './types.js';

export interface TenseFinder {
  /** Tense at `offset` inside `sentence` (both in the same string's coordinates). */
  at(sentence: string, offset: number, end: number): Tense | undefined;
}

interface Cue {
  start: number;
  end: number;
  tense: Tense | 'present';
  forwardOnly: boolean;
}

export function tenseFinder(tables: Tables): TenseFinder {
  const cues = tables.tenseCues;
  // One alternation with a named group per cue would need 60 groups; one group per row index is simpler.
  const re = new RegExp(cues.map((c) => `(?<![\\w'’])(${c.pattern})(?![\\w'’])`).join('|'), 'gi');
  // The cues of the last sentence scanned: a sentence's expressions are resolved one after another.
  let cached: { sentence: string; found: Cue[] } | undefined;
  const cuesOf = (sentence: string): Cue[] => {
    if (cached?.sentence === sentence) return cached.found;
    const found: Cue[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const row = m.slice(1).findIndex((g) => g !== undefined);
      const cue = cues[row];
      if (cue) {
        const { tense, forwardOnly } = cue;
        found.push({ start: m.index, end: m.index + m[0].length, tense, forwardOnly });
      }
    }
    cached = { sentence, found };
    return found;
  };
  return {
    at(sentence, offset, end) {
      let before: Tense | 'present' | undefined;
      let after: Tense | 'present' | undefined;
      for (const cue of cuesOf(sentence)) {
        if (cue.end <= offset) before = cue.tense;
        else if (cue.start >= end && !cue.forwardOnly) {
          after = cue.tense;
          break;
        }
      }
      const decided = before ?? after;
      return decided === 'present' ? undefined : decided;
    },
  };
}
