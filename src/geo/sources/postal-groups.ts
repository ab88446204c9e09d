import type { RawPostalCode } from './packages.js';

/** Postal codes grouped under one key: the first row, how many codes, and their mean point (4 decimals). */
export interface PostalGroup {
  row: RawPostalCode;
  codes: number;
  lat: number;
  lon: number;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Groups postal code rows by `keyOf` (a row whose key is undefined is left out) and places each group at the
 * mean of its code points, which lies well inside a county or a small town.
 */
export function groupPostalCodes(
  rows: readonly RawPostalCode[],
  keyOf: (row: RawPostalCode) => string | undefined,
): PostalGroup[] {
  const sums = new Map<string, { row: RawPostalCode; n: number; lat: number; lon: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const g = sums.get(key) ?? { row: r, n: 0, lat: 0, lon: 0 };
    g.n++;
    g.lat += r.lat;
    g.lon += r.lon;
    sums.set(key, g);
  }
  return [...sums.values()].map((g) => ({
    row: g.row,
    codes: g.n,
    lat: round4(g.lat / g.n),
    lon: round4(g.lon / g.n),
  }));
}
