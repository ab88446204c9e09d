/**
 * Bare years: "since 2018", "in 1867", "the 2016 US elections", "mid-2024", "post-1959". A four-digit number from 1500 to
 * 2099 is a year only right after a year cue (data/time/year-cues.tsv) and when the next word does not show
 * it counts things ("the 2000 troops"): "1,000 troops", "25% chance" and "9M730" never qualify.
 */
import type { Tables } from '../tables.js';
import { alternation } from '../tables.js';
import type { Finder } from '../types.js';
import { patternFinder } from './common.js';

export function yearFinder(tables: Tables): Finder {
  const cues = alternation([...tables.yearCues.keys()].map((c) => c.replace(/-$/, '')));
  const re = new RegExp(
    `(?<![\\w$£€#.,:/-])(?<cue>${cues})(?<sep>\\s+|-)(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\w%]|[.,:]\\d|[-–/]\\d|\\s*(?:GMT|UTC)\\b)`,
    'gi',
  );
  return patternFinder('year', re, (m) => {
    const g = m.groups ?? {};
    const cue = (g.cue ?? '').toLowerCase();
    // "mid-2024", "post-1959": a hyphen joins only the cues listed with one; "post 1959" is not a cue.
    if (!tables.yearCues.has(g.sep === '-' ? `${cue}-` : cue)) return undefined;
    const next = /^\s*([%\p{L}]+)/u.exec(m.input.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    if (next && tables.notYearFollowers.has(next)) return undefined;
    const keep = tables.yearCues.get(cue) ?? tables.yearCues.get(`${cue}-`) ?? false;
    const from = keep ? 0 : m[0].length - (g.year ?? '').length;
    return { type: 'DATE', value: g.year ?? '', anchored: true, granularity: 'year', from };
  });
}

/**
 * A year with no cue before it: "in both 1990 and 1991", "predicting 1990 earnings", "the company's 1989
 * results". Only 1900–2039 (TimeBank and AQUAINT annotate all but a handful of such numbers), and not after
 * a capitalised word other than a possessive, which makes it part of a name ("Room 2018", "Orion 1980"), nor before
 * a counted noun ("2000 troops"), nor as a 24-hour clock ("at 1930").
 */
export function bareYearFinder(tables: Tables): Finder {
  const re =
    /(?<![\w$£€#.,:/'’-])(?<year>19\d\d|20[0-3]\d)(?![\w%]|[.,:]\d|[-–/]\d|\s*(?:GMT|UTC|hours?|hrs|local)\b)/g;
  return patternFinder('year:bare', re, (m) => {
    const before = m.input.slice(Math.max(0, m.index - 24), m.index);
    if (/(?:^|\s)(?:at|No\.?|number|Flight|Room|Route)\s+$/i.test(before)) return undefined;
    const previous = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    if (/^\p{Lu}/u.test(previous) && !/['’]s$/.test(previous)) return undefined; // "Room 2018", not "Kuwait's 1990
    const next = /^\s*([%\p{L}]+)/u.exec(m.input.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    if (next && tables.notYearFollowers.has(next)) return undefined;
    return { type: 'DATE', value: m.groups?.year ?? '', anchored: true, granularity: 'year' };
  });
}
