import type { CueMatch } from './match-cues.js';

/**
 * Overlapping cue matches: the longest wins ("eased sanctions" over "sanctions", "meeting the deadline"
 * over "meeting"), ties to the earlier. Blocker rows win like any other and are dropped afterwards, so a
 * blocker hides exactly the shorter cues it covers.
 */
export function longestMatches(matches: CueMatch[]): CueMatch[] {
  const sorted = [...matches].sort(
    (a, b) => b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) || a.tokStart - b.tokStart,
  );
  const kept: CueMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.tokStart < k.tokEnd && k.tokStart < m.tokEnd)) continue;
    kept.push(m);
  }
  return kept.filter((m) => m.row.type !== undefined).sort((a, b) => a.tokStart - b.tokStart);
}

/** The fields the duplicate refiner compares. */
export interface Coded {
  type: string;
  source?: string;
  target?: string;
  sentence: number;
  time?: number;
  place?: number;
}

/**
 * One event per sentence, type and pair of actors (in either order): "prepares to sit down with Trump …
 * for their first face-to-face meeting" is one CONSULT. The first keeps its cue; a later duplicate only
 * lends the time or place the first lacked.
 */
export function mergeDuplicates<T extends Coded>(events: T[]): T[] {
  const byKey = new Map<string, T>();
  const out: T[] = [];
  for (const e of events) {
    const pair = [e.source ?? '', e.target ?? ''].sort().join('|');
    const key = `${e.sentence}|${e.type}|${pair}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, e);
      out.push(e);
      continue;
    }
    if (first.time === undefined && e.time !== undefined) first.time = e.time;
    if (first.place === undefined && e.place !== undefined) first.place = e.place;
  }
  return out;
}
