/**
 * Clock times stated in UTC as four military digits: "(1900 GMT)", "0600 UTC". chrono reads "19:00 GMT"
 * itself but not "1900 GMT". The day is settled by the refiners (the enclosing local time's, else the anchor).
 */
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

export function statedUtcFinder(): Finder {
  const re = /(?<![\w:.,])(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s*(?:hrs?\s+)?(?:GMT|UTC)(?![\w+-])/g;
  return patternFinder('clock:stated-utc', re, (m) => ({
    type: 'TIME',
    value: '',
    anchored: false,
    granularity: 'minute',
    clock: { hour: Number(m.groups?.h), minute: Number(m.groups?.m) },
    statedOffset: 0,
    pending: { kind: 'anchorDay' },
    nested: true,
  }));
}
