/**
 * A small seeded generator (mulberry32): the same seed gives the same inputs on every machine, so a case
 * the fuzzer finds can be made again with `--seed`.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A size in [min, max], spread evenly over orders of magnitude (many small, some huge). */
  logSize(min: number, max: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    logSize: (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))),
  };
}

/** Repeats `make()` until the text reaches `size` characters, then cuts it there. */
export function fill(size: number, make: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const part = make();
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}
