/** The time stage's word tables (data/time/*.tsv), loaded once per process through `ctx.cache`. */
import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

export interface UnitRow {
  singular: string;
  plural: string;
  symbol: string;
  factor: number;
  clock: boolean;
  article: boolean;
  granularity: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
}

export interface VagueRow {
  phrase: string;
  value: string;
  granularity?: 'year' | 'month' | 'week' | 'day';
}

export interface AttributiveRow {
  word: string;
  value: string;
  /** Lower-case nouns after which the adjective is not temporal ("current account"). */
  notBefore: Set<string>;
}

export interface TenseCue {
  pattern: string;
  tense: 'past' | 'future' | 'present';
  /** Speaks only for an expression after it ("planned a rally on Saturday"). */
  forwardOnly: boolean;
}

/** A named day of the year: a fixed month-day, or the nth (−1: last) ISO weekday of the month, shifted. */
export interface HolidayRow {
  name: string;
  month: number;
  day?: number;
  weekday: number;
  nth: number;
  shift: number;
}

export interface Tables {
  /** Lower-case word → number, or 'X' for an unstated number. */
  numberWords: Map<string, number | 'X'>;
  /** Lower-case singular and plural → unit. */
  units: Map<string, UnitRow>;
  unitRows: UnitRow[];
  vague: VagueRow[];
  attributive: AttributiveRow[];
  seasons: Map<string, string>;
  partsOfDay: Map<string, string>;
  tenseCues: TenseCue[];
  /** Lower-case year cue → whether the cue belongs in the span. */
  yearCues: Map<string, boolean>;
  notYearFollowers: Set<string>;
  namedDays: string[];
  prepositions: string[];
  ambiguousMonths: Set<string>;
  monthCues: Set<string>;
  /** Lower-case frequency word ("daily") → its SET value. */
  frequencyAdverbs: Map<string, string>;
  holidays: HolidayRow[];
  /** Words after which a holiday name names a kind of thing ("Christmas trees"), not a day. */
  holidayObjects: Set<string>;
  /** The holiday-objects table's test sentences: no date at all, and a holiday still a date. */
  holidayChecks: { mustNot: string[]; mustMatch: string[] };
}

const table = (name: string): Record<string, string>[] => readTsv(dataFile('time', name));
const column = (name: string, key: string): string[] => table(name).map((r) => (r[key] ?? '').toLowerCase());

/** The `value` of every row of one `kind` in a kind/value table. */
const kindValues = (rows: Record<string, string>[], kind: string): string[] =>
  rows.filter((r) => r.kind === kind).map((r) => r.value ?? '');

function loadTables(): Tables {
  const unitRows: UnitRow[] = table('units.tsv').map((r) => ({
    singular: r.singular!,
    plural: r.plural!,
    symbol: r.symbol!,
    factor: Number(r.factor),
    clock: r.clock === 'yes',
    article: r.article === 'yes',
    granularity: r.granularity as UnitRow['granularity'],
  }));
  const holidayObjectRows = table('holiday-objects.tsv');
  const units = new Map<string, UnitRow>();
  for (const u of unitRows) units.set(u.singular, u).set(u.plural, u);
  return {
    numberWords: new Map(
      table('number-words.tsv').map((r) => [r.word!.toLowerCase(), r.value === 'X' ? 'X' : Number(r.value)]),
    ),
    units,
    unitRows,
    vague: table('vague-refs.tsv').map((r) => ({
      phrase: r.phrase!.toLowerCase(),
      value: r.value!,
      ...(r.granularity ? { granularity: r.granularity as VagueRow['granularity'] } : {}),
    })),
    attributive: table('attributive-refs.tsv').map((r) => ({
      word: r.word!.toLowerCase(),
      value: r.value!,
      notBefore: new Set((r.not_before ?? '').toLowerCase().split('|').filter(Boolean)),
    })),
    seasons: new Map(table('seasons.tsv').map((r) => [r.word!.toLowerCase(), r.code!])),
    partsOfDay: new Map(table('parts-of-day.tsv').map((r) => [r.word!.toLowerCase(), r.code!])),
    tenseCues: table('tense-cues.tsv').map((r) => ({
      pattern: r.pattern!,
      tense: r.tense as TenseCue['tense'],
      forwardOnly: r.reach === 'forward',
    })),
    yearCues: new Map(table('year-cues.tsv').map((r) => [r.word!.toLowerCase(), r.keep_in_span === 'yes'])),
    notYearFollowers: new Set(column('not-year-followers.tsv', 'word')),
    namedDays: table('named-days.tsv').map((r) => r.name!),
    prepositions: column('prepositions.tsv', 'word'),
    ambiguousMonths: new Set(column('ambiguous-months.tsv', 'word')),
    monthCues: new Set(column('month-cues.tsv', 'word')),
    holidays: table('holidays.tsv').map((r) => ({
      name: r.name!,
      month: Number(r.month),
      ...(r.day ? { day: Number(r.day) } : {}),
      weekday: Number(r.weekday || 0),
      nth: Number(r.nth || 0),
      shift: Number(r.shift || 0),
    })),
    holidayObjects: new Set(
      kindValues(holidayObjectRows, 'object').flatMap((v) => v.toLowerCase().split('|')),
    ),
    holidayChecks: {
      mustNot: kindValues(holidayObjectRows, 'must-not'),
      mustMatch: kindValues(holidayObjectRows, 'must-match'),
    },
    frequencyAdverbs: new Map(table('frequency-adverbs.tsv').map((r) => [r.word!.toLowerCase(), r.value!])),
  };
}

export function timeTables(ctx: Context): Tables {
  return ctx.cache.get('time:tables', loadTables);
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of phrases, longest first so the regex engine prefers "a couple of" over "a". */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}
