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
